// The launcher of the repository's TypeScript CLIs (docs-check, regions): Node 20 cannot run TypeScript, so it
// bundles the tool's src/run.ts with esbuild into dist/cli.mjs, then calls its `run(argv, cwd)`.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** @param {string} binUrl the calling bin script's `import.meta.url` (its tool is the folder above bin/) */
export async function runTsCli(binUrl) {
  const toolDir = join(dirname(fileURLToPath(binUrl)), "..");
  const outfile = join(toolDir, "dist", "cli.mjs");
  await build({
    entryPoints: [join(toolDir, "src", "run.ts")],
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
}
