import { build } from "esbuild";
import { workspaceAlias } from "/work/core-perf/examples/browser/scripts/build.mjs";
await build({ entryPoints: ["/tmp/cp-prof/driver.ts"], outfile: "/work/core-perf/bench/dist/driver.mjs", bundle: true, platform: "node", target: "node20", format: "esm", packages: "external", alias: workspaceAlias, logLevel: "warning" });
