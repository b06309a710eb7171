// @ts-check
// Prints the minified and gzipped size of a browser bundle that calls one DCS operation with signing, and
// exits 1 when the gzipped size is over the budget.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { workspaceAlias } from "./build.mjs";
import { repositoryPath, sizeByBehaviour } from "./bundle-behaviours.mjs";

/**
 * Gzipped bytes allowed for one operation of one service, signing and runtime included. A ceiling against
 * regressions, set just above today's size; the goal is 6 KB. History: 12 KB, then 16 KB for the security
 * guards of issue 12 and core's region chain (issue 15), 17.5 KB for issue 14's request path while
 * openapi-fetch still shipped for the raw client. Now 13.5 KB: the entry uses the operations-only client
 * (createDcsOperationsClient: no openapi-fetch, paginators or waiters) and browser bundles swap out the
 * region-override reader (environment variables and regions file) as they do the environment config
 * (12.92 KB measured; 13.5 KB leaves room for the request-path work in flight). Now 13 KB: descriptors list
 * region ids plus the endpoints off the host pattern (regionTable), and the waiter and pagination errors
 * moved out of errors.ts so an operations-only bundle drops them (12.94 KB measured). Now 12.85 KB: the request
 * path reads its defaults as constants, not the DEFAULTS object, and errors, status families and option
 * checks are table-driven (12.74 KB measured; 12.77 KB with the signer work landed beside it). Now 12.7 KB:
 * the browser build's endpoint errors drop the environment hints a page cannot use, and the operations-only
 * client reads a descriptor without paging or waiter data (12.62 KB measured). Now 12.35 KB: the same
 * with the signer's own shrinking landed beside it (12.25 KB measured). Now 12.45 KB: the signer's sorted
 * canonical headers (insertion sort, fewer allocations per signature) added about 0.1 KB (12.36 KB measured).
 */
export const budgetBytes = 12.45 * 1024;

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
    metafile: true,
    // Read only to split the size by behaviour; an external map adds nothing to the measured code.
    sourcemap: "external",
    // At the repository root, so the map names sources by their repository paths.
    outfile: fileURLToPath(new URL("../../../size-entry.js", import.meta.url)),
    alias: workspaceAlias,
    logLevel: "warning",
  });
  const output = (/** @type {string} */ extension) =>
    result.outputFiles.find((file) => file.path.endsWith(extension));
  const code = output(".js")?.contents ?? new Uint8Array();
  return {
    code: output(".js")?.text ?? "",
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    modules: modulesBySize(result.metafile),
    behaviours: sizeByBehaviour(output(".js")?.text ?? "", JSON.parse(output(".map")?.text ?? "{}")),
  };
}

/**
 * Minified bytes each source module adds to the bundle (esbuild's metafile), largest first, named from the
 * repository root (packages/core/src/errors.ts) or the dependency (node_modules/openapi-fetch/...).
 * @param {import("esbuild").Metafile} metafile
 * @returns {{ module: string, bytes: number }[]}
 */
function modulesBySize(metafile) {
  // The bundle, not its source map (an output of its own, with no inputs).
  const output = Object.entries(metafile.outputs).find(([file]) => file.endsWith(".js"))?.[1];
  return Object.entries(output?.inputs ?? {})
    .map(([file, { bytesInOutput }]) => ({
      module: repositoryPath(file),
      bytes: bytesInOutput,
    }))
    .filter(({ bytes }) => bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
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
  if (process.argv.includes("--modules")) {
    const operation = await measureBundle();
    for (const { module, bytes } of operation.modules) console.log(`${String(bytes).padStart(7)}  ${module}`);
    console.log("gzip bytes each behaviour adds (minified bytes):");
    for (const { behaviour, minified, gzipped } of operation.behaviours) {
      console.log(`${String(gzipped).padStart(7)}  ${behaviour} (${minified})`);
    }
  }
  if (gzipped > budgetBytes) {
    console.error(`over budget by ${gzipped - budgetBytes} bytes`);
    process.exit(1);
  }
}
