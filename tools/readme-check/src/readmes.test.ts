import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeBlockFiles, type BlockFile } from "./block-files.ts";
import { readmeBlocks, workspaceRoot } from "./readmes.ts";
import { runBlock } from "./run-block.ts";
import { typecheckBlocks } from "./typecheck-blocks.ts";

const blocksDir = join(workspaceRoot, "tools/readme-check/.blocks");
const bin = (name: string) => join(workspaceRoot, "node_modules", name);
const blocks = readmeBlocks();
const files = writeBlockFiles(blocksDir, blocks, workspaceRoot);
let diagnostics: Map<string, string[]>;

beforeAll(async () => {
  diagnostics = await typecheckBlocks(blocksDir, files, bin("typescript/bin/tsc"));
}, 180_000);

const label = (file: BlockFile) => `${file.block.readme}:${file.block.line}`;

describe("every TypeScript and JavaScript block of every README", () => {
  it("is runnable, type-check-only or marked as a fragment", () => {
    expect(blocks.filter((block) => block.mode !== "text").length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [label(file), file] as const))(
    "%s type-checks under --strict as a module of an ES module project",
    (_label, file) => {
      expect(diagnostics.get(file.name), "tsc errors (README line:column)").toEqual([]);
    },
  );

  const runnable = files.filter((file) => file.block.mode === "run");
  it.concurrent.each(runnable.map((file) => [label(file), file] as const))(
    "%s runs as written against the mock cloud with the HUAWEICLOUD_SDK_* variables set",
    async (_label, file) => {
      const run = await runBlock(blocksDir, file, bin("vitest/vitest.mjs"));
      expect(run.exitCode, `output of the block:\n${run.output}`).toBe(0);
    },
    90_000,
  );
});
