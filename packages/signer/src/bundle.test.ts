import { build, type BuildOptions } from "esbuild";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL(".", import.meta.url));

const browserBundle = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  metafile: true,
  logLevel: "silent",
} satisfies BuildOptions;

describe("the browser bundle", () => {
  it("builds for platform=browser with no Node module imported and stays within its size budget", async () => {
    const result = await build({ ...browserBundle, entryPoints: [`${srcDir}index.ts`] });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/\bfrom\s*["']node:|\brequire\(|import\(["']node:/);
    // package.json's "browser" map swaps the Node hashing path (never chosen in a page) for a stand-in.
    expect(code).not.toContain("getBuiltinModule");
    const gzipped = gzipSync(code).length;
    // Budget: 6.75 KB gzipped (measured 6.53 KB) for the whole package: signing, signCheckedRequest,
    // verifying, providers and middleware (the in-place header sort added 30 bytes and saves 0.9 KB of
    // garbage per signature).
    expect(gzipped).toBeLessThan(6.75 * 1024);
  });

  it("holds only signCheckedRequest's own path for a client that signs with it: no signHeaders, verifier or providers", async () => {
    const result = await build({
      ...browserBundle,
      stdin: {
        contents: `export { checkCredentials, signCheckedRequest, SignerError } from "./index.ts";`,
        resolveDir: srcDir,
        loader: "ts",
      },
    });
    const [output] = Object.values(result.metafile.outputs);
    const modules = Object.entries(output!.inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([file]) => file.replace(/^.*\//, ""));
    for (const general of ["sign.ts", "verify.ts", "middleware.ts", "options.ts"])
      expect(modules).not.toContain(general);
    // Budget: 4.25 KB gzipped (measured 3.9 KB): canonical request, WebCrypto, date, the URL split, the
    // header and percent-escape checks, and checkCredentials with its redacting class.
    expect(gzipSync(result.outputFiles[0]!.text).length).toBeLessThan(4.25 * 1024);
  });
});
