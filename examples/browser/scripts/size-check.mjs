// @ts-check
// Prints the minified and gzipped size of a browser bundle that calls one DCS operation with signing, and
// exits 1 when the gzipped size is over the budget.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { workspaceAlias } from "./build.mjs";

/**
 * Gzipped bytes allowed for one operation of one service, signing and runtime included. A ceiling against
 * regressions, set just above today's size; the goal is 6 KB (openapi-fetch alone is about a fifth of it).
 * Raised from 12 KB (main was at 12.5 KB) for the security guards of issue 12 (redirects, response cap, option validation),
 * then to 16 KB for core's region chain (environment and regions file, issue 15: about 1 KB a page never runs;
 * a "browser" import condition for that module would win it back), then to 17 KB for issue 14's request path:
 * operation methods build their own requests while openapi-fetch still ships for the raw client, and the
 * signer's header-record reader and one-shot HMAC (about 1.7 KB together; 17.5 KB with JSON bodies).
 */
export const budgetBytes = 17.5 * 1024;

/** The entries measured: one DCS operation, and the same client under @hwcloud/tasks (one service). */
export const entries = {
  operation: fileURLToPath(new URL("../src/size-entry.ts", import.meta.url)),
  tasks: fileURLToPath(new URL("../src/size-entry-tasks.ts", import.meta.url)),
};

/** @param {keyof typeof entries} entry */
export async function measureBundle(entry = "operation") {
  const result = await build({
    entryPoints: [entries[entry]],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    alias: workspaceAlias,
    logLevel: "warning",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { minified, gzipped } = await measureBundle();
  const tasks = await measureBundle("tasks");
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  console.log(
    `one DCS operation with signing: ${kb(minified)} minified, ${kb(gzipped)} gzipped (budget ${kb(budgetBytes)})`,
  );
  console.log(
    `@hwcloud/tasks over that DCS client: ${kb(tasks.minified)} minified, ${kb(tasks.gzipped)} gzipped (+${kb(tasks.gzipped - gzipped)})`,
  );
  if (gzipped > budgetBytes) {
    console.error(`over budget by ${gzipped - budgetBytes} bytes`);
    process.exit(1);
  }
}
