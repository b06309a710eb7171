import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { DEMO_PROJECT_ID, startMockCloud, type RunningMockCloud } from "@hwcloud/mock-cloud";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packRelease, tarballsFor } from "../../pack-release/src/pack-release.mjs";
import { chromiumLaunchOptions } from "../../../vitest.shared.ts";
import { bundlers } from "./bundlers.ts";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const app = mkdtempSync(join(tmpdir(), "bundlers-app-"));
const out = join(app, "dist");
const sizes = new Map<string, number>();
let cloud: RunningMockCloud;
let server: Server;
let origin: string;
let browser: Browser;

const userEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_|VITEST|NODE_OPTIONS)/i.test(name)),
  );

/** Serves the built pages from `out` on 127.0.0.1 (no path outside it). */
function serveBuilds(): Promise<string> {
  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript" };
  server = createServer((request, response) => {
    const path = normalize(join(out, new URL(request.url ?? "/", "http://x").pathname));
    try {
      if (!path.startsWith(out)) throw new Error("outside");
      const body = readFileSync(path);
      response
        .writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`);
    }),
  );
}

/** Gzipped bytes of every JavaScript file a build wrote: what the page downloads. */
function gzipBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .reduce(
      (total, entry) =>
        total + gzipSync(readFileSync(join(entry.parentPath, entry.name)), { level: 9 }).length,
      0,
    );
}

beforeAll(async () => {
  const packed = packRelease(join(app, "tarballs"), { build: false }); // CI builds before the tests;
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "bundlers-app", private: true, type: "module" }),
  );
  execFileSync("npm", ["install", "--no-audit", "--no-fund", ...tarballsFor(packed, "@hwcloud/dcs")], {
    cwd: app,
    env: userEnv(),
    stdio: "pipe",
  });
  for (const name of ["page.js", "index.html"]) copyFileSync(join(fixtures, name), join(app, name));
  cloud = await startMockCloud({ dataset: "seeded" });
  origin = await serveBuilds();
  browser = await chromium.launch(chromiumLaunchOptions);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await cloud?.close();
  if (sizes.size > 0)
    console.log(
      `one-operation page with signing, gzip -9 of its JavaScript:\n${[...sizes].map(([name, bytes]) => `  ${name.padEnd(8)} ${(bytes / 1024).toFixed(1)} KB`).join("\n")}`,
    );
});

describe.each(Object.keys(bundlers))(
  "a one-operation page built with %s from the packed tarballs",
  (name) => {
    it("loads in Chromium and makes a signed call to the mock cloud", async () => {
      const dir = join(out, name);
      await bundlers[name]!(app, dir);
      sizes.set(name, gzipBytes(dir));
      const query = new URLSearchParams({
        endpoint: cloud.url,
        project: DEMO_PROJECT_ID,
        ...cloud.credentials,
      });
      const page = await browser.newPage();
      try {
        await page.goto(`${origin}/${name}/index.html?${query}`);
        await page.waitForFunction(() => document.title !== "loading", undefined, { timeout: 30_000 });
        expect(await page.title()).toBe("tasks: 3");
      } finally {
        await page.close();
      }
    }, 120_000);
  },
);
