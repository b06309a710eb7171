import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./run.ts";
import type { LocalRegistry } from "./registry.ts";
import type { ServiceCase } from "./services.ts";
import { workspaceRoot } from "./workspace.ts";

export type PackageManager = "npm" | "pnpm";

export interface Consumer {
  readonly dir: string;
  readonly packageManager: PackageManager;
  readonly service: ServiceCase;
}

/** A brand-new project outside the workspace that installs one service package from the local registry. */
export async function installConsumer(
  packageManager: PackageManager,
  service: ServiceCase,
  version: string,
  registry: LocalRegistry,
): Promise<Consumer> {
  const dir = mkdtempSync(join(tmpdir(), `hwcloud-consumer-${packageManager}-`));
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }, null, 2),
  );
  const spec = `${service.packageName}@${version}`;
  const options = { cwd: dir, env: registry.env, timeoutMs: 180_000 };
  if (packageManager === "npm") {
    await run("npm", ["install", spec, "--cache", join(dir, ".cache"), "--no-audit", "--no-fund"], options);
  } else {
    await run(
      "pnpm",
      [
        "add",
        spec,
        "--ignore-workspace",
        "--store-dir",
        join(dir, ".store"),
        "--cache-dir",
        join(dir, ".cache"),
      ],
      options,
    );
  }
  writeConsumerFiles(dir, service);
  return { dir, packageManager, service };
}

/**
 * The same call from ESM (import) and CJS (require): a correctly signed call must be accepted, and the same
 * call with a wrong SK must be refused with the package's own HuaweiCloudError.
 */
function callScript(service: ServiceCase, loader: string): string {
  return `${loader}
const target = JSON.parse(process.env.CONSUMER_TARGET);
const options = { endpoint: target.endpoint, projectId: target.projectId, maxRetries: 0 };
const signed = sdk.${service.factory}({ ...options, credentials: { ak: target.ak, sk: target.sk } });
const page = await signed.${service.operation}(${JSON.stringify(service.params)});
let rejected = null;
try {
  const forged = sdk.${service.factory}({ ...options, credentials: { ak: target.ak, sk: target.sk + "-wrong" } });
  await forged.${service.operation}(${JSON.stringify(service.params)});
} catch (error) {
  rejected = { isHuaweiCloudError: error instanceof sdk.HuaweiCloudError, status: error.status };
}
console.log(JSON.stringify({ items: page[${JSON.stringify(service.itemsField)}].length, rejected }));
`;
}

/** Uses the published types the way an application would; must compile with strict settings, lib checks on. */
function typedConsumer(service: ServiceCase, importLine: string): string {
  return `${importLine}

const client = ${service.factory}({
  endpoint: "https://example.invalid",
  projectId: "0123456789abcdef",
  credentials: { ak: "AK", sk: "SK" },
});

export async function countItems(): Promise<number> {
  try {
    const page: ${service.responseType} = await client.${service.operation}(${JSON.stringify(service.params)});
    // @ts-expect-error the response is a typed object, not any
    const notAString: string = page;
    void notAString;
    return page.${service.itemsField}?.length ?? 0;
  } catch (error) {
    if (error instanceof HuaweiCloudError) return -1;
    throw error;
  }
}

// @ts-expect-error only operations from the spec exist on the client
void client.operationThatDoesNotExist;
`;
}

/**
 * node16 checks the published declarations themselves (skipLibCheck off; TypeScript's own lib files are
 * skipped for time); bundler uses the settings bundler apps usually have. Both are strict.
 */
function tsconfig(resolution: "node16" | "bundler", files: string[]): string {
  const compilerOptions = {
    module: resolution === "node16" ? "node16" : "esnext",
    moduleResolution: resolution,
    target: "ES2022",
    lib: ["ES2022", "DOM"],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: resolution === "bundler",
    skipDefaultLibCheck: true,
  };
  return JSON.stringify({ compilerOptions, files }, null, 2);
}

function writeConsumerFiles(dir: string, service: ServiceCase): void {
  const names = `${service.factory}, HuaweiCloudError, type ${service.responseType}`;
  const async = "(async () => {\n";
  writeFileSync(join(dir, "call.mjs"), callScript(service, `import * as sdk from "${service.packageName}";`));
  writeFileSync(
    join(dir, "call.cjs"),
    `${async}${callScript(service, `const sdk = require("${service.packageName}");`)}})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`,
  );
  writeFileSync(
    join(dir, "consumer.ts"),
    typedConsumer(service, `import { ${names} } from "${service.packageName}";`),
  );
  writeFileSync(
    join(dir, "consumer.cts"),
    typedConsumer(service, `import { ${names} } from "${service.packageName}";`),
  );
  writeFileSync(join(dir, "tsconfig.node16.json"), tsconfig("node16", ["consumer.ts", "consumer.cts"]));
  writeFileSync(join(dir, "tsconfig.bundler.json"), tsconfig("bundler", ["consumer.ts"]));
}

export interface Target {
  readonly endpoint: string;
  readonly projectId: string;
  readonly ak: string;
  readonly sk: string;
}

export interface CallResult {
  readonly items: number;
  readonly rejected: { isHuaweiCloudError: boolean; status: number } | null;
}

export async function callFromNode(
  consumer: Consumer,
  script: "call.mjs" | "call.cjs",
  target: Target,
): Promise<CallResult> {
  const stdout = await run(process.execPath, [script], {
    cwd: consumer.dir,
    env: { ...process.env, CONSUMER_TARGET: JSON.stringify(target) },
    timeoutMs: 30_000,
  });
  return JSON.parse(stdout.trim().split("\n").pop() ?? "") as CallResult;
}

/** Type-checks the consumer with the workspace's TypeScript; resolves for "node16" or "bundler". */
export async function typeCheck(consumer: Consumer, resolution: "node16" | "bundler"): Promise<void> {
  const tsc = join(workspaceRoot, "node_modules", "typescript", "bin", "tsc");
  await run(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`], {
    cwd: consumer.dir,
    timeoutMs: 180_000,
  });
}
