import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./repo.js";

/** The packages whose dist is packed for the install and cold-start benchmarks. */
const builtPackages = ["signer", "core", "dcs"];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!/\.test(-d)?\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(name: string): boolean {
  const dist = join(repoRoot, "packages", name, "dist");
  const built = join(dist, "index.js");
  // tsup writes the declarations last: a dist without them is a build still in progress or a failed one.
  if (!existsSync(built) || !existsSync(join(dist, "index.d.ts"))) return true;
  return newestSource(join(repoRoot, "packages", name, "src")) > statSync(built).mtimeMs;
}

/**
 * Builds the packages the bench loads when a non-test source is newer than their dist (turbo's cache
 * key also covers test files, so a plain `turbo run build` rebuilds far more often than needed).
 */
export function ensureBuilt(): string[] {
  const stale = builtPackages.filter(isStale);
  if (stale.length > 0) {
    const filters = stale.map((name) => `--filter=@hwcloud/${name}...`);
    execFileSync("pnpm", ["exec", "turbo", "run", "build", ...filters, "--output-logs=errors-only"], {
      cwd: repoRoot,
      stdio: "inherit",
    });
  }
  return stale;
}
