import { lstatSync, readdirSync, readFileSync, existsSync } from "node:fs";
import { join, basename, dirname } from "node:path";

export interface Footprint {
  /** Installed packages as name@version, sorted. */
  readonly packages: string[];
  /** Bytes of every file under node_modules (symlinks not followed, so pnpm's links are not counted twice). */
  readonly bytes: number;
}

/** Measures what an install pulled into node_modules, for npm's nested layout and pnpm's .pnpm layout alike. */
export function measureFootprint(nodeModules: string): Footprint {
  const packages = new Set<string>();
  let bytes = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) {
        walk(path);
      } else if (entry.isFile()) {
        bytes += lstatSync(path).size;
        if (entry.name === "package.json" && isPackageRoot(dir)) packages.add(packageId(path));
      }
    }
  };
  if (existsSync(nodeModules)) walk(nodeModules);
  return { packages: [...packages].sort(), bytes };
}

function isPackageRoot(dir: string): boolean {
  const parent = dirname(dir);
  return (
    basename(parent) === "node_modules" ||
    (basename(parent).startsWith("@") && basename(dirname(parent)) === "node_modules")
  );
}

function packageId(manifestPath: string): string {
  const { name, version } = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    name: string;
    version: string;
  };
  return `${name}@${version}`;
}
