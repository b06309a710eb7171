import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const workspaceRoot = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * @typedef {{ name: string, version: string, dir: string, dependencies: string[] }} PublicPackage
 * @typedef {PublicPackage & { tarball: string }} PackedPackage
 */

/** @returns {PublicPackage[]} the packages `pnpm release` publishes: every non-private one under packages/ */
export function publicPackages() {
  const packagesDir = join(workspaceRoot, "packages");
  return readdirSync(packagesDir)
    .map((entry) => join(packagesDir, entry))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({
      name: manifest.name,
      version: manifest.version,
      dir,
      dependencies: Object.keys(manifest.dependencies ?? {}),
    }));
}

/**
 * Builds every public package and packs each the way `pnpm publish` would (workspace: ranges become exact
 * versions), into `destination`. With `build: false` it packs what is built (each package's prepack refuses an
 * unbuilt one): tests that run in parallel use that, so no turbo run rewrites dist/ while another test packs it.
 * @param {string} destination
 * @param {{ build?: boolean }} [options]
 * @returns {PackedPackage[]}
 */
export function packRelease(destination, { build = true } = {}) {
  const out = resolve(destination);
  mkdirSync(out, { recursive: true });
  if (build)
    execFileSync(
      join(workspaceRoot, "node_modules/.bin/turbo"),
      ["run", "build", "--filter=./packages/*", "--output-logs=errors-only"],
      {
        cwd: workspaceRoot,
        stdio: ["ignore", "ignore", "inherit"],
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
      },
    );
  return publicPackages().map((pkg) => {
    const printed = execFileSync("pnpm", ["pack", "--pack-destination", out], {
      cwd: pkg.dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    const tarball = printed.trim().split("\n").pop() ?? "";
    return { ...pkg, tarball: join(out, basename(tarball)) };
  });
}

/**
 * The tarballs one package needs to install without a registry holding @hwcloud/*: itself and its @hwcloud
 * dependencies, transitively.
 * @param {PackedPackage[]} packed
 * @param {string} name
 * @returns {string[]}
 */
export function tarballsFor(packed, name) {
  const byName = new Map(packed.map((pkg) => [pkg.name, pkg]));
  /** @type {Set<string>} */
  const needed = new Set();
  const visit = (/** @type {string} */ current) => {
    const pkg = byName.get(current);
    if (!pkg || needed.has(pkg.tarball)) return;
    needed.add(pkg.tarball);
    pkg.dependencies.forEach(visit);
  };
  visit(name);
  return [...needed];
}

/**
 * One `npm install` line per package, with absolute paths so it can be pasted into any project.
 * @param {PackedPackage[]} packed
 * @returns {string[]}
 */
export function installCommands(packed) {
  return packed.map((pkg) => `npm install ${tarballsFor(packed, pkg.name).join(" ")}`);
}
