import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { DEMO_PROJECT_ID, startMockCloud } from "@hwcloud/mock-cloud";
import { beforeAll, describe, expect, it } from "vitest";
import { entryFiles } from "./check-built.mjs";
import { publicPackages, workspaceRoot } from "./pack-release.mjs";

const packReleaseBin = fileURLToPath(new URL("../bin/pack-release.mjs", import.meta.url));
const destination = mkdtempSync(join(tmpdir(), "pack-release-"));
let printed: string;

/** npm as a user runs it: none of the npm_config_* settings pnpm exports to scripts. */
const userEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_|VITEST|NODE_OPTIONS)/i.test(name)),
  );

beforeAll(() => {
  printed = execFileSync(process.execPath, [packReleaseBin, destination], {
    cwd: workspaceRoot,
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: workspaceRoot },
  });
}, 300_000);

describe("pnpm pack:release", () => {
  it.each(publicPackages().map((pkg) => [pkg.name, pkg] as const))(
    "packs %s with every file its manifest points at",
    (_name, pkg) => {
      const tarball = join(destination, `${pkg.name.replace("@", "").replace("/", "-")}-${pkg.version}.tgz`);
      const listed = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
      const manifest = JSON.parse(
        execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }),
      );
      expect(listed).toEqual(expect.arrayContaining(entryFiles(manifest).map((file) => `package/${file}`)));
      expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain("workspace:");
    },
  );

  it("prints an npm install line that installs a service package from the tarballs and calls the mock cloud", async () => {
    const line = printed
      .split("\n")
      .find((text) => text.trim().startsWith("npm install") && text.includes("hwcloud-dcs-"));
    expect(line, printed).toBeDefined();
    const app = mkdtempSync(join(tmpdir(), "pack-release-app-"));
    execFileSync("npm", ["init", "-y"], { cwd: app, env: userEnv(), stdio: "ignore" });
    const [command, ...args] = (line as string).trim().split(/\s+/);
    execFileSync(command!, [...args, "--no-audit", "--no-fund"], {
      cwd: app,
      env: userEnv(),
      stdio: "pipe",
      timeout: 120_000,
    });
    writeFileSync(
      join(app, "call.mjs"),
      `import { createDcsClient } from "@hwcloud/dcs";
const dcs = createDcsClient({ endpoint: process.env.MOCK_URL, projectId: "${DEMO_PROJECT_ID}", credentials: JSON.parse(process.env.MOCK_KEYS) });
const { tasks } = await dcs.listCenterTask({ query: { limit: 2 } });
console.log(tasks.length);
`,
    );
    const cloud = await startMockCloud();
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ["call.mjs"], {
        cwd: app,
        env: { ...userEnv(), MOCK_URL: cloud.url, MOCK_KEYS: JSON.stringify(cloud.credentials) },
      });
      expect(stdout.trim()).toMatch(/^[1-9]\d*$/);
    } finally {
      await cloud.close();
    }
  });
});
