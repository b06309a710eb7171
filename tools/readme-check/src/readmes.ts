import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractBlocks, type CodeBlock } from "./extract-blocks.ts";

export const workspaceRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Every README the repository tracks, except test fixtures (they are data for the generator's tests). */
export function trackedReadmes(): string[] {
  return execFileSync("git", ["ls-files", "README.md", "**/README.md"], {
    cwd: workspaceRoot,
    encoding: "utf8",
  })
    .split("\n")
    .filter((path) => path !== "" && !path.split("/").includes("fixtures"));
}

export function readmeBlocks(): CodeBlock[] {
  return trackedReadmes().flatMap((readme) =>
    extractBlocks(readme, readFileSync(join(workspaceRoot, readme), "utf8")),
  );
}
