// @ts-check
// Splits a bundle's gzipped size by the behaviour each source module implements, from the bundle's own source
// map: what gzip -9 of the bundle loses when that behaviour's bytes are taken out. The parts overlap (gzip
// shares repeats across them), so they do not add up to the total exactly; each says what it costs.
import { gzipSync } from "node:zlib";
import { decode } from "@jridgewell/sourcemap-codec";

/**
 * The behaviours issue 14 requires, by the modules that implement them (repository paths). A module that
 * matches none lands in "other", so a new module shows up instead of vanishing from the split.
 * @type {readonly (readonly [string, RegExp])[]}
 */
export const behaviours = [
  [
    "signing",
    /^packages\/signer\/|^packages\/core\/src\/(auth|browser-guard|environment-config\.browser)\.ts$/,
  ],
  [
    "request path (transport loop, fetch sender, body reader)",
    /^packages\/core\/src\/(transport|fetch-sender|senders|read-body|wire|node-http-sender\.browser|operation-request|operation-result)\.ts$/,
  ],
  ["retries, backoff, Retry-After", /^packages\/core\/src\/retry\.ts$/],
  ["redirect guard", /^packages\/core\/src\/redirect\.ts$/],
  ["clock skew", /^packages\/core\/src\/clock-skew\.ts$/],
  ["timeouts and abort", /^packages\/core\/src\/(deadlines|long-timer)\.ts$/],
  ["typed errors with status families", /^packages\/core\/src\/(errors|http-error|error-body)\.ts$/],
  ["client setup and option validation", /^packages\/core\/src\/(client|options|defaults)\.ts$/],
  ["endpoint and regions", /^packages\/core\/src\/(endpoint|region-[a-z-]+(\.browser)?)\.ts$/],
  ["params and Date formats", /^packages\/core\/src\/(params|time-format|path-template)\.ts$/],
  ["generated service (descriptor, factory)", /^packages\/[^/]+\/src\/generated\//],
  ["the page", /^examples\//],
];

/** "packages/core/src/errors.ts" from a source map's "../../packages/core/src/errors.ts". */
export const repositoryPath = (/** @type {string} */ source) =>
  source.replace(/^(\.\.\/)+/, "").replace(/^.*node_modules\//, "node_modules/");

/**
 * @param {string} code the minified bundle
 * @param {{ sources: string[], mappings: string }} sourceMap its source map
 * @returns {{ behaviour: string, minified: number, gzipped: number }[]} largest gzip share first
 */
export function sizeByBehaviour(code, sourceMap) {
  const sourceBehaviour = sourceMap.sources.map((source) => {
    const path = repositoryPath(source);
    return behaviours.find(([, modules]) => modules.test(path))?.[0] ?? "other";
  });
  const lines = code.split("\n");
  const mappings = decode(sourceMap.mappings);
  // For every output character, the behaviour of the source it was generated from ("" for glue esbuild adds).
  const owners = lines.map((line, index) => {
    /** @type {string[]} */
    const owner = new Array(line.length).fill("");
    const segments = mappings[index] ?? [];
    segments.forEach((segment, i) => {
      if (segment.length < 2) return;
      const end = segments[i + 1]?.[0] ?? line.length;
      owner.fill(sourceBehaviour[/** @type {number} */ (segment[1])] ?? "", segment[0], end);
    });
    return owner;
  });
  const gzipped = (/** @type {string} */ text) => gzipSync(text, { level: 9 }).length;
  const total = gzipped(code);
  const names = [...new Set(sourceBehaviour)];
  return names
    .map((behaviour) => {
      const rest = lines
        // Columns count UTF-16 units, as split("") does.
        .map((line, index) =>
          line
            .split("")
            .filter((_, at) => owners[index]?.[at] !== behaviour)
            .join(""),
        )
        .join("\n");
      return { behaviour, minified: code.length - rest.length, gzipped: total - gzipped(rest) };
    })
    .sort((a, b) => b.gzipped - a.gzipped);
}
