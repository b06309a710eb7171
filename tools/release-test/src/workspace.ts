import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const workspaceRoot = fileURLToPath(new URL("../../../", import.meta.url));

export interface PublicPackage {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
}

/** The packages `changeset publish` releases: every non-private package under packages/. */
export function publicPackages(): PublicPackage[] {
  const packagesDir = join(workspaceRoot, "packages");
  return readdirSync(packagesDir)
    .map((entry) => join(packagesDir, entry))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, version: manifest.version, dir }));
}

export function bin(name: string): string {
  return join(workspaceRoot, "node_modules", ".bin", name);
}
