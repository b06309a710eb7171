import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/**
 * Own code only: openapi-fetch and the signer are budgeted by their packages. 9 KB since the redirect guard,
 * response cap, option validation and bounded paging (issue 12) added about 1.7 KB; 10 KB since the region
 * chain (environment and regions file, issue 15) added about 1 KB that a browser page never runs. Moving
 * that module behind a "browser" import condition would win it back. 12 KB since issue 14: operation methods
 * build their own requests, the error brands and status families, and the opt-in ECS metadata provider
 * (about 1.2 KB). The node:http sender and the environment/credentials-file reader are not in it:
 * package.json's "browser" map swaps them out.
 */
const BUDGET_GZIP_BYTES = 12 * 1024;

/**
 * Own code of a page calling one operation through createOperationsClient (signer excluded): the transport,
 * authentication, errors and endpoint resolution only. 8.7 KB measured when it was introduced.
 */
const OPERATIONS_ONLY_BUDGET_GZIP_BYTES = 9 * 1024;

describe("the runtime bundle", () => {
  it("builds for browsers and edge runtimes with no Node built-ins, within its size budget", async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL("./index.ts", import.meta.url))],
      bundle: true,
      minify: true,
      write: false,
      format: "esm",
      platform: "browser",
      external: ["openapi-fetch", "@hwcloud/signer"],
      logLevel: "silent",
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/"node:|\brequire\(|\bprocess\.|\bBuffer\b/);
    expect(gzipSync(code).byteLength).toBeLessThan(BUDGET_GZIP_BYTES);
  });

  it("leaves openapi-fetch, paging, waiters and the Node-only readers out of a page that uses createOperationsClient", async () => {
    const result = await build({
      stdin: {
        contents: [
          `import { createOperationsClient } from "./index.ts";`,
          `const client = createOperationsClient({ service: "s", regions: { r: "https://s.example" },`,
          `  operations: { listThings: { operationId: "ListThings", method: "GET", path: "/v1/{project_id}/things" } } },`,
          `  { region: "r", projectId: "p", credentials: "none" });`,
          `export const list = () => client.listThings();`,
        ].join("\n"),
        resolveDir: fileURLToPath(new URL(".", import.meta.url)),
        loader: "ts",
      },
      bundle: true,
      minify: true,
      write: false,
      metafile: true,
      format: "esm",
      platform: "browser",
      external: ["@hwcloud/signer"],
      logLevel: "silent",
    });
    // Every module esbuild read is listed; the ones in the output are those with bytes in it.
    const [output] = Object.values(result.metafile.outputs);
    const modules = Object.entries(output!.inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([file]) => file);
    expect(modules).toContain("packages/core/src/transport.ts");
    expect(
      modules.filter((file) =>
        /openapi-fetch|paginate|waiter|raw-|regions-file|node-http-sender\.ts|environment-config\.ts/.test(
          file,
        ),
      ),
    ).toEqual([]);
    // A page reads no environment variables or regions file, so its endpoint errors name none.
    expect(result.outputFiles[0]!.text).not.toMatch(/HUAWEICLOUD_SDK_REGION|regions\.yaml/);
    expect(gzipSync(result.outputFiles[0]!.text).byteLength).toBeLessThan(OPERATIONS_ONLY_BUDGET_GZIP_BYTES);
  });
});
