import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terserPlugin from "@rollup/plugin-terser";
import { build as esbuild } from "esbuild";
import { rollup } from "rollup";
import { build as viteBuild } from "vite";
import webpack from "webpack";

// The plugin's types describe its CommonJS build (under NodeNext a namespace); at run time the ESM default is it.
const terser = terserPlugin as unknown as () => import("rollup").Plugin;

/** Builds `<app>/page.js` (beside `<app>/index.html`) into `outDir` as a browser page, minified for production. */
export type Bundler = (app: string, outDir: string) => Promise<void>;

const withPage = (app: string, outDir: string) => {
  mkdirSync(outDir, { recursive: true });
  copyFileSync(join(app, "index.html"), join(outDir, "index.html"));
};

export const bundlers: Record<string, Bundler> = {
  esbuild: async (app, outDir) => {
    withPage(app, outDir);
    await esbuild({
      entryPoints: [join(app, "page.js")],
      outfile: join(outDir, "page.js"),
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      logLevel: "error",
    });
  },
  rollup: async (app, outDir) => {
    withPage(app, outDir);
    const bundle = await rollup({
      input: join(app, "page.js"),
      plugins: [nodeResolve({ browser: true }), terser()],
      onwarn: (warning) => {
        throw new Error(`rollup: ${warning.message}`);
      },
    });
    await bundle.write({ file: join(outDir, "page.js"), format: "es" });
    await bundle.close();
  },
  webpack: (app, outDir) => {
    withPage(app, outDir);
    return new Promise((resolve, reject) =>
      webpack(
        {
          mode: "production",
          target: "web",
          devtool: false,
          context: app,
          entry: join(app, "page.js"),
          output: { path: outDir, filename: "page.js" },
        },
        (error, stats) => {
          if (error ?? stats?.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
          else resolve();
        },
      ),
    );
  },
  vite: async (app, outDir) => {
    await viteBuild({
      root: app,
      configFile: false,
      // Relative asset URLs: the page is served from /vite/, not the site root.
      base: "./",
      logLevel: "silent",
      build: { outDir, emptyOutDir: true },
    });
  },
};
