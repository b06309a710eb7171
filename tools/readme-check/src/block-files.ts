import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import type { CodeBlock } from "./extract-blocks.ts";

/** A README block written out as a module of its own. */
export interface BlockFile {
  readonly block: CodeBlock;
  /** File name inside the blocks directory. */
  readonly name: string;
  /** Lines the README has above the block's first code line (file line + offset = README line). */
  readonly lineOffset: number;
  /** Blocks that import vitest are test files and run under vitest. */
  readonly isTest: boolean;
}

// What a user's project has: an ES module package (so top-level await works), strict TypeScript with Node's
// module resolution, Node and DOM types (README blocks target both).
const blocksTsconfig = {
  compilerOptions: {
    target: "ES2022",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowJs: true,
    checkJs: true,
    types: ["node"],
  },
  include: ["*.ts", "*.mjs"],
};

/**
 * Links every workspace package (packages/*, tools/*) into `dir/node_modules` under its name, so a README can
 * import any of them, a package added tomorrow included, the way a user who installed it would.
 */
function linkWorkspacePackages(dir: string, workspaceRoot: string): void {
  for (const group of ["packages", "tools"]) {
    for (const entry of readdirSync(join(workspaceRoot, group))) {
      const manifestPath = join(workspaceRoot, group, entry, "package.json");
      if (!existsSync(manifestPath)) continue;
      const { name } = JSON.parse(readFileSync(manifestPath, "utf8")) as { name: string };
      const link = join(dir, "node_modules", name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(workspaceRoot, group, entry), link, "dir");
    }
  }
}

/** Writes each checked block to `dir` (emptied first) beside a tsconfig and an ES module package.json. */
export function writeBlockFiles(
  dir: string,
  blocks: readonly CodeBlock[],
  workspaceRoot: string,
): BlockFile[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  linkWorkspacePackages(dir, workspaceRoot);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }, null, 2));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(blocksTsconfig, null, 2));
  // Its own vitest config, so the workspace's projects are not picked up for the README's test files.
  writeFileSync(join(dir, "vitest.config.js"), 'export default { test: { include: ["*.test.ts"] } };\n');
  return blocks
    .filter((block) => block.mode === "run" || block.mode === "typecheck")
    .map((block) => {
      const isTs = block.language === "ts" || block.language === "typescript";
      const isTest = /from\s+["']vitest["']/.test(block.code);
      const stem = `${block.readme.replace(/\/?README\.md$/, "").replace(/\//g, "-") || "root"}-L${block.line}`;
      const name = `${stem}${isTest ? ".test" : ""}.${isTs ? "ts" : "mjs"}`;
      // A block without import or export would be a script sharing one global scope with the others.
      const isModule = /^\s*(import|export)\s/m.test(block.code);
      writeFileSync(join(dir, name), `${block.code}\n${isModule ? "" : "export {};\n"}`);
      return { block, name, lineOffset: block.line - 1, isTest };
    });
}
