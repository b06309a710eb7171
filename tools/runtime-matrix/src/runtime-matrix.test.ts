import { execFile, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { DEMO_PROJECT_ID, startMockCloud, type RunningMockCloud } from "@hwcloud/mock-cloud";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packRelease, tarballsFor } from "../../pack-release/src/pack-release.mjs";
import { binaries, commandFor, freePort, startUntil, type Started } from "./runtimes.ts";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const app = mkdtempSync(join(tmpdir(), "runtime-matrix-app-"));
const pageOrigin = "http://page.test";
let cloud: RunningMockCloud;
let workerd: Started & { origin: string };

/** A runtime's environment: nothing from vitest or pnpm, caches in the temp app, no update checks. */
const runtimeEnv = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_|VITEST|NODE_OPTIONS)/i.test(name)),
  ),
  DENO_DIR: join(app, ".deno"),
  DENO_NO_UPDATE_CHECK: "1",
  NO_COLOR: "1",
});

/** Copies a fixture into the app with the run's settings in place of __CONFIG__ (and __PORT__). */
function placeFixture(name: string, replacements: Record<string, string>): void {
  let text = readFileSync(join(fixtures, name), "utf8");
  for (const [key, value] of Object.entries(replacements)) text = text.replaceAll(key, value);
  writeFileSync(join(app, name), text);
}

beforeAll(async () => {
  const packed = packRelease(join(app, "tarballs"), { build: false }); // CI builds before the tests;
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "runtime-matrix-app", private: true, type: "module" }),
  );
  const tarballs = [
    ...new Set([...tarballsFor(packed, "@hwcloud/dcs"), ...tarballsFor(packed, "@hwcloud/proxy")]),
  ];
  execFileSync("npm", ["install", "--no-audit", "--no-fund", ...tarballs], {
    cwd: app,
    env: runtimeEnv(),
    stdio: "pipe",
  });

  cloud = await startMockCloud({ dataset: "seeded", jobDurationMs: 500 });
  const config = JSON.stringify({
    mockUrl: cloud.url,
    credentials: cloud.credentials,
    projectId: DEMO_PROJECT_ID,
    pageOrigin,
  });
  for (const name of ["scenario.mjs", "run-scenario.mjs", "proxy-deno.mjs", "proxy-bun.mjs", "worker.mjs"])
    placeFixture(name, { __CONFIG__: config });
  // What wrangler does for a Worker: one ES module bundle, browser/worker conditions, no Node built-ins.
  await build({
    entryPoints: [join(app, "worker.mjs")],
    outfile: join(app, "worker.bundle.js"),
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    logLevel: "error",
  });
  const port = await freePort();
  placeFixture("workerd.capnp", { __PORT__: String(port) });
  workerd = { ...(await serveWorkerd(port)), origin: `http://127.0.0.1:${port}` };
}, 300_000);

afterAll(async () => {
  workerd?.child.kill();
  await cloud?.close();
});

/** workerd prints nothing when it listens: ready is the first answered request. */
async function serveWorkerd(port: number): Promise<Started> {
  const child = spawn(binaries.workerd, ["serve", "workerd.capnp"], {
    cwd: app,
    env: runtimeEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`http://127.0.0.1:${port}/ready`);
      return { child, output: () => output };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill();
  throw new Error(`workerd did not serve on ${port}:\n${output}`);
}

const expectedScenario = { signedCall: 5, taskCount: 300, walked: 300, waited: "SUCCESS" };

/** A page's call through a proxy: unsigned, with an Origin, answered with the cloud's data and CORS. */
async function pageCall(
  origin: string,
): Promise<{ status: number; allowOrigin: string | null; tasks: number }> {
  const response = await fetch(`${origin}/hwcloud/dcs/v2/${DEMO_PROJECT_ID}/tasks?limit=2`, {
    headers: { Origin: pageOrigin },
  });
  const body = (await response.json()) as { tasks?: unknown[] };
  return {
    status: response.status,
    allowOrigin: response.headers.get("access-control-allow-origin"),
    tasks: body.tasks?.length ?? 0,
  };
}

describe.each(["deno", "bun"] as const)("%s, from the packed tarballs", (runtime) => {
  it("makes a signed call, walks every page and waits for a job against the mock cloud", async () => {
    // Asynchronously: the mock cloud answering the runtime lives in this process.
    const [command, args] = commandFor(runtime, "run-scenario.mjs");
    const { stdout } = await promisify(execFile)(command, args, {
      cwd: app,
      env: runtimeEnv(),
      timeout: 60_000,
    });
    expect(JSON.parse(stdout.trim().split("\n").pop()!)).toEqual(expectedScenario);
  }, 90_000);

  it(`serves a page's call with the signing proxy (${runtime === "deno" ? "Deno.serve" : "Bun.serve"})`, async () => {
    const [command, args] = commandFor(runtime, `proxy-${runtime}.mjs`);
    const server = await startUntil(command, args, {
      cwd: app,
      env: runtimeEnv(),
      ready: /\{"port":(\d+)\}/,
      timeoutMs: 60_000,
    });
    try {
      expect(await pageCall(`http://127.0.0.1:${server.match[1]}`)).toEqual({
        status: 200,
        allowOrigin: pageOrigin,
        tasks: 2,
      });
    } finally {
      server.child.kill();
    }
  }, 90_000);
});

describe("workerd without nodejs_compat, from the packed tarballs", () => {
  it("makes a signed call, walks every page and waits for a job against the mock cloud", async () => {
    const response = await fetch(`${workerd.origin}/scenario`);
    expect(await response.json(), workerd.output()).toEqual(expectedScenario);
  }, 60_000);

  it("serves a page's call with the signing proxy", async () => {
    expect(await pageCall(workerd.origin), workerd.output()).toEqual({
      status: 200,
      allowOrigin: pageOrigin,
      tasks: 2,
    });
  }, 60_000);
});
