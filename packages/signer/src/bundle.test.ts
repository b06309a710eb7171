import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("./index.ts", import.meta.url));

describe("the browser bundle", () => {
  it("builds for platform=browser with no Node module imported and stays within its size budget", async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/\bfrom\s*["']node:|\brequire\(|import\(["']node:/);
    const gzipped = gzipSync(code).length;
    // Budget: 6.5 KB gzipped (measured 6.2 KB) for the whole package (signing, verifying, providers,
    // middleware, and the Node one-shot hashing path, which is chosen at run time so it ships too).
    expect(gzipped).toBeLessThan(6.5 * 1024);
  });
});
