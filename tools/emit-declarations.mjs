#!/usr/bin/env node
// @ts-check
// Writes a package's declarations one module per file (dist/<module>.d.ts, as tsc prints them, JSDoc kept) instead
// of one bundled index.d.ts, so go-to-definition in a user's editor lands on the module that declares a name.
// Each .d.ts gets a .d.cts twin whose relative imports say .cjs, for the "require" condition (a .d.ts in a
// "type": "module" package is read as ESM). Run from the package directory after tsup:
//   node ../../tools/emit-declarations.mjs src/index.ts [src/cli.ts ...]
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const ts = createRequire(import.meta.url)("typescript");

const packageDir = process.cwd();
const entries = process.argv.slice(2).map((entry) => resolve(packageDir, entry));
if (entries.length === 0) {
  console.error("usage: emit-declarations.mjs <entry.ts>...");
  process.exit(2);
}

const configPath = join(packageDir, "tsconfig.json");
const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
const parsed = ts.parseJsonConfigFileContent(config, ts.sys, packageDir, undefined, configPath);
const options = {
  ...parsed.options,
  noEmit: false,
  declaration: true,
  emitDeclarationOnly: true,
  // The maps would point at src/, which the tarball does not ship (tools/release-test's file rule).
  declarationMap: false,
  rootDir: join(packageDir, "src"),
  outDir: join(packageDir, "dist"),
};
const program = ts.createProgram(entries, options);
const result = program.emit();
const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
if (diagnostics.length > 0) {
  const host = {
    getCanonicalFileName: (/** @type {string} */ name) => name,
    getCurrentDirectory: () => packageDir,
    getNewLine: () => "\n",
  };
  console.error(ts.formatDiagnostics(diagnostics, host));
  process.exit(1);
}

/** Relative module specifiers in declarations: `from "./x.js"`, `import("./x.js")`. */
const relativeJs = /((?:from\s+|import\()\s*["'])(\.{1,2}\/[^"']+)\.js(["'])/g;

/** @param {string} dir */
function writeCommonJsTwins(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) writeCommonJsTwins(path);
    else if (entry.name.endsWith(".d.ts")) {
      const text = readFileSync(path, "utf8").replace(relativeJs, "$1$2.cjs$3");
      writeFileSync(path.replace(/\.d\.ts$/, ".d.cts"), text);
    }
  }
}
writeCommonJsTwins(options.outDir);
