import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { measureFootprint, type Footprint } from "../../tools/release-test/src/footprint.js";
import { repoRoot } from "./repo.js";

const exec = promisify(execFile);

export interface InstalledProject {
  readonly dir: string;
  readonly footprint: Footprint;
}

/** The workspace packages one service package pulls in, in dependency order. */
const ourPackages = ["signer", "core", "dcs"];

function emptyProject(dir: string, type: "module" | "commonjs"): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "bench-consumer", version: "1.0.0", private: true, type }),
  );
}

async function npmInstall(dir: string, specs: string[], cache: string): Promise<void> {
  await exec("npm", ["install", ...specs, "--no-audit", "--no-fund", "--cache", cache], {
    cwd: dir,
    timeout: 180_000,
  });
}

/**
 * @hwcloud/dcs as a user gets it: the packed tarballs of dcs, core and signer (as published: dist, README,
 * package.json) installed with npm, which fetches openapi-fetch from the registry.
 */
export async function installOurs(workDir: string): Promise<InstalledProject> {
  const packs = join(workDir, "packs");
  mkdirSync(packs, { recursive: true });
  for (const name of ourPackages) {
    await exec("pnpm", ["pack", "--pack-destination", packs], { cwd: join(repoRoot, "packages", name) });
  }
  const dir = join(workDir, "ours");
  emptyProject(dir, "module");
  const tarballs = readdirSync(packs)
    .filter((file) => file.endsWith(".tgz"))
    .map((file) => join(packs, file));
  await npmInstall(dir, tarballs, join(workDir, "npm-cache"));
  return { dir, footprint: measureFootprint(join(dir, "node_modules")) };
}

/**
 * The version of uuid pnpm hoists into the workspace for the official core: core 3.1.211 requires "uuid"
 * (http/DefaultUserAgent.js) without declaring it, so a fresh install cannot build a client without it.
 */
export const officialUndeclaredDependency = "uuid@8.3.2";

/** The official Node SDK core, the base of every official service package, fresh from the npm registry. */
export async function installOfficialCore(workDir: string, version: string): Promise<InstalledProject> {
  const dir = join(workDir, "official");
  emptyProject(dir, "commonjs");
  await npmInstall(
    dir,
    [`@huaweicloud/huaweicloud-sdk-core@${version}`, officialUndeclaredDependency],
    join(workDir, "npm-cache"),
  );
  return { dir, footprint: measureFootprint(join(dir, "node_modules")) };
}
