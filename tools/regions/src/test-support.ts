/** Temporary folders and files for the tests, removed when the test ends. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { onTestFinished } from "vitest";

export function tempTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "regions-test-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A minimal spec with the root shape the regions command reads, and lines around it that must survive. */
export function specText(regions: Record<string, string>, serverEnum: string[], host = "svc"): string {
  return [
    "# A comment that must survive.",
    "openapi: 3.1.0",
    "servers:",
    `  - url: https://${host}.{region}.example.com`,
    "    description: Regional endpoint.",
    "    variables:",
    "      region:",
    "        default: aa-test-1",
    "        enum:",
    ...serverEnum.map((id) => `          - ${id}`),
    "x-hwcloud-regions:",
    ...Object.entries(regions).map(([id, url]) => `  ${id}: ${url}`),
    "# Another comment.",
    "security:",
    "  - akSk: []",
    "",
  ].join("\n");
}
