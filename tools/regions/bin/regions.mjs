#!/usr/bin/env node
// Bundles src/ with esbuild (Node 20 cannot run TypeScript) into dist/, then runs the CLI.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outfile = join(here, "..", "dist", "cli.mjs");
await build({
  entryPoints: [join(here, "..", "src", "run.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "error",
});
const { run } = await import(pathToFileURL(outfile).href);
// pnpm runs root scripts from the repository root; INIT_CWD is where the user typed the command.
process.exitCode = await run(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
