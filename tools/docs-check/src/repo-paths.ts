/** Finds the repository root (where pnpm-workspace.yaml lives) and the shared docs folder beside it. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export function repoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}

/** ../shared/api-docs relative to the repository root, as in CI; undefined when it is not there. */
export function sharedDocsDir(root: string = repoRoot()): string | undefined {
  const dir = join(dirname(root), "shared", "api-docs");
  return existsSync(dir) ? dir : undefined;
}
