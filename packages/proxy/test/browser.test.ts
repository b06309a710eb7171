import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDcsClient } from "@hwcloud/dcs";
import { DEMO_PROJECT_ID, startMockCloud, type RunningMockCloud } from "@hwcloud/mock-cloud";
import { buildPage } from "../../../examples/browser/scripts/build.mjs";
import { startExampleServer } from "../../../examples/browser/scripts/serve.mjs";
import { serveDirectory, type StaticSite } from "../../../examples/browser/src/serve-directory.ts";
import { chromiumLaunchOptions, workspaceAliases } from "../../../vitest.shared.ts";
import { startProxyServer } from "./start-proxy-server.js";
import { startSkewedCloud } from "./skewed-cloud.js";

const TEMPORARY = {
  ak: "TEMPAKBROWSERTEST001",
  sk: "temporary-secret-for-the-skew-test",
  securityToken: "sts-token",
};
const KAFKA_INSTANCE = "5b9a4c2e-1f3d-4a6b-8c7e-9d0f1a2b3c4d";
const DWS_CLUSTER = "3b2d5f1e-8c4a-4e6b-9f0a-1c2d3e4f5a6b";

let dir: string;
let browser: Browser;
let cloud: RunningMockCloud;
let proxy: Awaited<ReturnType<typeof startProxyServer>>;
let site: StaticSite;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hwcloud-proxy-browser-"));
  await buildPage(dir);
  await build({
    entryPoints: [new URL("./browser-fixtures/sdk-global.ts", import.meta.url).pathname],
    outfile: join(dir, "sdk.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    alias: workspaceAliases,
    logLevel: "warning",
  });
  cloud = await startMockCloud({ dataset: "seeded", itemsPerList: 12 });
  site = await serveDirectory(dir);
  // The page and the proxy are different origins, so every call is a real CORS request.
  proxy = await startProxyServer({
    credentials: cloud.credentials,
    endpoints: { dcs: cloud.url, dws: cloud.url, "gaussdb-mysql": cloud.url, kafka: cloud.url },
    projectId: DEMO_PROJECT_ID,
    allowedOrigins: [site.origin],
  });
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([proxy?.close(), site?.close(), cloud?.close()]);
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

async function openPage(
  path: string,
): Promise<{ page: Page; requests: { url: string; headers: Record<string, string> }[] }> {
  const page = await browser.newPage();
  const requests: { url: string; headers: Record<string, string> }[] = [];
  page.on("request", (request) => requests.push({ url: request.url(), headers: request.headers() }));
  await page.goto(`${site.origin}${path}`);
  return { page, requests };
}

// Generous limits: Chromium shares the CI machine with every other test project.
describe("the browser example through the signing proxy", { timeout: 120_000 }, () => {
  it("lists every service's tasks with no credentials in the page", async () => {
    const { page, requests } = await openPage("/index.html");
    await page.check("input[name=mode][value=proxy]");
    await page.fill("input[name=proxyUrl]", `${proxy.origin}/hwcloud`);
    await page.fill("input[name=projectId]", DEMO_PROJECT_ID);
    await page.fill("input[name=dwsClusterId]", DWS_CLUSTER);
    await page.fill("input[name=kafkaInstanceId]", KAFKA_INSTANCE);
    await page.click("button[type=submit]");
    await page.waitForSelector("body[data-state=done]", { timeout: 90_000 });

    const summary = await page.locator("#summary li").allTextContents();
    expect(summary.sort()).toEqual([
      "DCS: 10 tasks",
      "DWS: 10 tasks",
      "GaussDB(MySQL): 10 tasks",
      "Kafka: 10 tasks",
    ]);
    expect(await page.locator("#tasks tbody tr").count()).toBe(40);

    // Nothing secret was typed, bundled or sent: every API call went unsigned to the proxy, none to the cloud.
    expect(await page.inputValue("input[name=ak]")).toBe("");
    expect(await page.inputValue("input[name=sk]")).toBe("");
    const bundle = readFileSync(join(dir, "app.js"), "utf8");
    expect(bundle).not.toContain(cloud.credentials.sk);
    expect(bundle).not.toContain(cloud.credentials.ak);
    const apiCalls = requests.filter((r) => !r.url.startsWith(site.origin));
    expect(apiCalls.length).toBe(4);
    for (const call of apiCalls) {
      expect(call.url.startsWith(`${proxy.origin}/hwcloud/`)).toBe(true);
      expect(
        Object.keys(call.headers).filter((h) => /^(authorization|x-sdk-date|x-security-token)$/.test(h)),
      ).toEqual([]);
    }
    await page.close();
  });

  it("cannot read answers from an origin the proxy does not allow", async () => {
    const other = await serveDirectory(dir);
    try {
      const page = await browser.newPage();
      await page.goto(`${other.origin}/index.html`);
      const outcome = await page.evaluate(async (url) => {
        try {
          await fetch(url);
          return "read";
        } catch (error) {
          return (error as Error).name;
        }
      }, `${proxy.origin}/hwcloud/dcs/v2/${DEMO_PROJECT_ID}/tasks`);
      expect(outcome).toBe("TypeError");
      await page.close();
    } finally {
      await other.close();
    }
  });
});

describe("the example server (pnpm --filter @hwcloud-examples/browser serve)", { timeout: 180_000 }, () => {
  it("serves the page and the proxy from one origin, so the page needs no CORS and no keys", async () => {
    const example = await startExampleServer({ env: {}, outdir: join(dir, "example") });
    try {
      const page = await browser.newPage();
      const signed: string[] = [];
      page.on("request", (request) => {
        if (request.headers()["authorization"] !== undefined) signed.push(request.url());
      });
      await page.goto(example.url);
      await page.check("input[name=mode][value=proxy]");
      await page.fill("input[name=projectId]", example.projectId!);
      await page.fill("input[name=dwsClusterId]", DWS_CLUSTER);
      await page.fill("input[name=kafkaInstanceId]", KAFKA_INSTANCE);
      await page.click("button[type=submit]");
      await page.waitForSelector("body[data-state=done]", { timeout: 90_000 });
      expect(await page.locator("#summary li.failed").allTextContents()).toEqual([]);
      expect(await page.locator("#tasks tbody tr").count()).toBeGreaterThan(0);
      expect(signed).toEqual([]);
      await page.close();
    } finally {
      await example.close();
    }
  });
});

describe("client guards in a browser page", { timeout: 120_000 }, () => {
  const permanentKeyClient = ([ak, sk]: readonly [string, string]) => {
    try {
      globalThis.hwcloud.createDcsClient({ region: "cn-north-4", credentials: { ak, sk } });
      return "created";
    } catch (error) {
      return `${(error as Error).name}: ${(error as Error).message}`;
    }
  };

  it("throws for a permanent AK/SK in Chromium, pointing to the proxy", async () => {
    const { page } = await openPage("/index.html");
    await page.addScriptTag({ url: "/sdk.js", type: "module" });
    await page.waitForFunction(() => "hwcloud" in globalThis);
    const outcome = await page.evaluate(permanentKeyClient, [
      "PERMANENTAK000000001",
      "permanent-secret",
    ] as const);
    expect(outcome).toMatch(/^HuaweiCloudConfigError: .*@hwcloud\/proxy.*dangerouslyAllowBrowser/);
    expect(outcome).not.toContain("permanent-secret");
    await page.close();
  });

  it("does not throw for the same AK/SK in Node", () => {
    expect(() =>
      createDcsClient({
        region: "cn-north-4",
        credentials: { ak: "PERMANENTAK000000001", sk: "permanent-secret" },
      }),
    ).not.toThrow();
  });

  it("corrects a skewed clock from the gateway's error body alone (Date is not exposed cross-origin)", async () => {
    const skewed = await startSkewedCloud({ [TEMPORARY.ak]: TEMPORARY.sk }, 60 * 60_000);
    try {
      const { page } = await openPage("/index.html");
      await page.addScriptTag({ url: "/sdk.js", type: "module" });
      await page.waitForFunction(() => "hwcloud" in globalThis);
      const result = await page.evaluate(
        async ({ endpoint, credentials, projectId }) => {
          const dcs = globalThis.hwcloud.createDcsClient({ endpoint, credentials, projectId, maxRetries: 0 });
          const first = await dcs.listCenterTask();
          // The learned offset sticks: the next call is signed right the first time.
          const second = await dcs.listCenterTask();
          return { first: first.task_count, second: second.task_count };
        },
        { endpoint: skewed.origin, credentials: TEMPORARY, projectId: DEMO_PROJECT_ID },
      );
      expect(result).toEqual({ first: 0, second: 0 });
      expect(skewed.attempts.map((a) => a.status)).toEqual([401, 200, 200]);
      await page.close();
    } finally {
      await skewed.close();
    }
  });
});
