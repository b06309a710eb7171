import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Files a package's manifest points users at (main, module, types, bin, every `exports` target).
 * @param {Record<string, unknown>} manifest
 * @returns {string[]}
 */
export function entryFiles(manifest) {
  /** @type {Set<string>} */
  const files = new Set();
  /** @param {unknown} target */
  const collect = (target) => {
    if (typeof target === "string") files.add(target.replace(/^\.\//, ""));
    else if (target && typeof target === "object") Object.values(target).forEach(collect);
  };
  collect([manifest.main, manifest.module, manifest.types, manifest.bin, manifest.exports]);
  return [...files].filter((file) => !file.includes("*") && file !== "package.json");
}

/**
 * What stops a package from being packed: entry files the build has not written (packing then would ship a
 * tarball with only package.json and README). Staleness is turbo's business (`pnpm pack:release` always builds
 * first), since file times say nothing reliable about a cached build.
 * @param {string} dir package directory
 * @returns {string[]} one sentence per problem; empty when the package is ready to pack
 */
export function unpackableReasons(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const entries = entryFiles(manifest);
  const missing = entries.filter((file) => !existsSync(join(dir, file)));
  return missing.length > 0 ? [`${manifest.name}: ${missing.join(", ")} not built`] : [];
}
