// @ts-check
// Bundles the page with esbuild. @hwcloud/* resolve to the workspace sources, so no package build is needed;
// credentials are typed into the page at run time and never part of the bundle.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const exampleDir = fileURLToPath(new URL("../", import.meta.url));
const packagesDir = fileURLToPath(new URL("../../../packages/", import.meta.url));

/** @hwcloud/<name> -> packages/<name>/src/index.ts, for every workspace package that has sources. */
export const workspaceAlias = Object.fromEntries(
  readdirSync(packagesDir)
    .filter((dir) => existsSync(`${packagesDir}${dir}/src/index.ts`))
    .map((dir) => [`@hwcloud/${dir}`, `${packagesDir}${dir}/src/index.ts`]),
);

/** Writes index.html and app.js into `outdir` and returns the path of the bundle. */
export async function buildPage(outdir = `${exampleDir}dist`) {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { app: `${exampleDir}src/main.ts` },
    outdir,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    sourcemap: true,
    alias: workspaceAlias,
    logLevel: "warning",
  });
  copyFileSync(`${exampleDir}index.html`, `${outdir}/index.html`);
  return `${outdir}/app.js`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bundle = await buildPage();
  console.log(`built ${bundle}`);
}
