// @ts-check
// Bundles the bench entry points into dist/. @hwcloud/* come from the workspace sources (the browser
// example's alias map), so the in-process benchmarks always measure the current code, even while a
// package's dist is being rebuilt; npm packages stay external and resolve from the workspace root.
import { build } from "esbuild";
import { workspaceAlias } from "../../examples/browser/scripts/build.mjs";

await build({
  entryPoints: [
    "src/run.ts",
    "src/canned-server.ts",
    "src/overhead-worker.ts",
    "src/generate-worker.ts",
    "src/signing-cli.ts",
    "src/generator-cli.ts",
    "src/overhead-cli.ts",
    "src/proxy-cli.ts",
    "src/proxy-bench-server.ts",
    "src/load-generator.ts",
  ],
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  // The proxy's Node adapter is a subpath export, which the per-package alias map does not cover.
  alias: {
    ...workspaceAlias,
    "@hwcloud/proxy/node": `${workspaceAlias["@hwcloud/proxy"].replace(/index\.ts$/, "node.ts")}`,
  },
  logLevel: "warning",
});
