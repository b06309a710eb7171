import { join } from "node:path";
import { workspaceRoot } from "@hwcloud-tools/pack-release";

// One listing of what gets released: the same packages `pnpm pack:release` packs.
export { publicPackages, workspaceRoot, type PublicPackage } from "@hwcloud-tools/pack-release";

export function bin(name: string): string {
  return join(workspaceRoot, "node_modules", ".bin", name);
}
