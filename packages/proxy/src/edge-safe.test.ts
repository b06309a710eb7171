import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { workspaceAliases } from "../../../vitest.shared.ts";

/**
 * Minified, gzipped size of the edge bundle (handler, generated allowlist, signer, the core it uses). 13 KB
 * since core's region chain (HUAWEICLOUD_SDK_REGION_* and the regions file, issue 15) added about 1 KB, which
 * a runtime without `process` skips; a "worker"/"browser" import condition for that module would win it back.
 * Then 14 KB for the signer's header-record reader and one-shot HMAC path (issue 14, about 0.6 KB).
 */
const GZIP_BUDGET_BYTES = 14 * 1024;

async function bundle(entry: string) {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    // "neutral" knows no Node built-ins: any node: import fails the build, as it would on an edge runtime.
    platform: "neutral",
    mainFields: ["module", "main"],
    alias: workspaceAliases,
    metafile: true,
    absWorkingDir: new URL("../../../", import.meta.url).pathname,
    logLevel: "silent",
  });
  return {
    inputs: Object.keys(result.metafile.inputs),
    gzipBytes: gzipSync(result.outputFiles[0]!.contents).byteLength,
  };
}

describe("edge bundle", () => {
  it("builds the handler for a runtime without Node built-ins", async () => {
    const { inputs } = await bundle("./index.ts");
    expect(inputs).toContain("packages/proxy/src/proxy.ts");
    expect(inputs.filter((input) => input.startsWith("node:"))).toEqual([]);
  });

  it(`stays within ${GZIP_BUDGET_BYTES / 1024} KB gzipped`, async () => {
    const { gzipBytes } = await bundle("./index.ts");
    expect(gzipBytes).toBeLessThan(GZIP_BUDGET_BYTES);
  });

  it("keeps node:http in the ./node entry only", async () => {
    await expect(bundle("./node.ts")).rejects.toThrow(/node:/);
  });
});
