import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { workspaceAliases } from "../../../vitest.shared.ts";

async function bundle(entry: string) {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    write: false,
    format: "esm",
    // "neutral" knows no Node built-ins: any node: import fails the build, as it would on an edge runtime.
    platform: "neutral",
    mainFields: ["module", "main"],
    alias: workspaceAliases,
    metafile: true,
    absWorkingDir: new URL("../../../", import.meta.url).pathname,
    logLevel: "silent",
  });
  return { inputs: Object.keys(result.metafile.inputs), bytes: result.outputFiles[0]!.contents.byteLength };
}

describe("edge safety", () => {
  it("bundles the handler for a runtime without Node built-ins", async () => {
    const { inputs } = await bundle("./index.ts");
    expect(inputs.some((input) => input === "packages/proxy/src/proxy.ts")).toBe(true);
    expect(inputs.filter((input) => input.startsWith("node:"))).toEqual([]);
  });

  it("keeps node:http in the ./node entry only", async () => {
    await expect(bundle("./node.ts")).rejects.toThrow(/node:/);
  });
});
