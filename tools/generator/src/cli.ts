import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { SpecModelError } from "@hwcloud-tools/spec-model";
import { planGeneration, type GenerateLayout } from "./plan.js";
import { applyPlan, diffPlan } from "./sync.js";

/** core's behaviour suites run against a service generated from a spec of their own, like any other. */
const CORE_TEST_SERVICE = "packages/core/src/test-support";

const usage = `Usage: generate [--check] [--specs <dir>] [--packages <dir>] [--mock-operations <file>|none] [--proxy-allowlist <file>|none] [--changesets <dir>|none] [--generated-only]

Compiles every specs/<service>.yaml into packages/<service> (src/generated/, src/index.ts, README.md, and
package.json + tsconfig.json for a new service), packages/mock-cloud/src/generated/operations.ts and
packages/proxy/src/generated/allowlist.ts; without --specs and --packages also core's test service
(${CORE_TEST_SERVICE}/spec/*.yaml into ${CORE_TEST_SERVICE}/<service>/).
  --check           write nothing; list the files a run would change and exit 1 if there are any
  --generated-only  write only each service's src/generated/ files, into <packages>/<service>/`;

const files = (count: number) => `${count} file${count === 1 ? "" : "s"}`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      specs: { type: "string" },
      packages: { type: "string" },
      "mock-operations": { type: "string" },
      "proxy-allowlist": { type: "string" },
      changesets: { type: "string" },
      "generated-only": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const repoRoot = findRepoRoot(process.cwd());
  const optionalPath = (value: string | undefined, fallback: string) =>
    value === "none" ? undefined : resolve(value ?? fallback);
  const layout: GenerateLayout = {
    repoRoot,
    specsDir: resolve(values.specs ?? join(repoRoot, "specs")),
    packagesDir: resolve(values.packages ?? join(repoRoot, "packages")),
    mockOperationsFile: optionalPath(
      values["mock-operations"],
      join(repoRoot, "packages/mock-cloud/src/generated/operations.ts"),
    ),
    proxyAllowlistFile: optionalPath(
      values["proxy-allowlist"],
      join(repoRoot, "packages/proxy/src/generated/allowlist.ts"),
    ),
    changesetDir: optionalPath(values.changesets, join(repoRoot, ".changeset")),
    generatedOnly: values["generated-only"],
  };
  const layouts = [layout];
  if (values.specs === undefined && values.packages === undefined) {
    const testService = join(repoRoot, CORE_TEST_SERVICE);
    layouts.push({
      repoRoot,
      specsDir: join(testService, "spec"),
      packagesDir: testService,
      generatedOnly: true,
    });
  }
  const plans = await Promise.all(layouts.map(planGeneration));
  const plan = {
    files: plans.flatMap((each) => each.files),
    generatedDirs: plans.flatMap((each) => each.generatedDirs),
  };
  const show = (path: string) => relative(repoRoot, path);
  if (values.check) {
    const changes = await diffPlan(plan);
    if (changes.length === 0) {
      console.log(`generate --check: ${files(plan.files.length)} up to date`);
      return 0;
    }
    console.error(`generate --check: ${files(changes.length)} differ from what \`pnpm generate\` writes:`);
    for (const { path, change } of changes) console.error(`  ${change.padEnd(6)} ${show(path)}`);
    console.error("Run `pnpm generate` and commit the result.");
    return 1;
  }
  const changes = await applyPlan(plan);
  for (const { path, change } of changes) console.log(`${change.padEnd(6)} ${show(path)}`);
  console.log(`generate: ${changes.length} of ${files(plan.files.length)} changed`);
  return 0;
}

/** The workspace root: the nearest directory above `from` holding pnpm-workspace.yaml. */
function findRepoRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SpecModelError ? error.message : error);
    process.exit(2);
  },
);
