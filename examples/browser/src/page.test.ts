import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_PROJECT_ID, DEMO_RESOURCES, startMockCloud, type RunningMockCloud } from "@hwcloud/mock-cloud";
import { chromium, type Browser, type Page, type Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPage } from "../scripts/build.mjs";
import { startExampleServer } from "../scripts/serve.mjs";
import { chromiumLaunchOptions } from "../../../vitest.shared.ts";
import { serveDirectory, type StaticSite } from "./serve-directory.ts";

const artifacts = fileURLToPath(new URL("../../../test-artifacts/", import.meta.url));
const ids = {
  dwsClusterId: DEMO_RESOURCES.dwsClusterIds[0]!,
  kafkaInstanceId: DEMO_RESOURCES.kafkaInstanceIds[0]!,
};
const services = ["dcs", "dws", "gaussdb", "kafka"];
const TIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/;
const STATUS = /^(pending|running|succeeded|failed|cancelled|unknown( \(\w+\))?)$/;

async function tableRows(page: Page) {
  return page.$$eval("#tasks tbody tr", (trs) =>
    (trs as HTMLTableRowElement[]).map((tr) => ({
      service: tr.dataset.service,
      cells: [...tr.cells].map((td) => td.textContent ?? ""),
    })),
  );
}

let outdir: string;
let bundle: string;
let mock: RunningMockCloud;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), "hwcloud-browser-example-"));
  bundle = await buildPage(outdir);
  mock = await startMockCloud({ dataset: "seeded" });
  site = await serveDirectory(outdir);
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await mock?.close();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

/** Opens the page, fills the form as a user would, submits, and records the calls made to the mock cloud. */
async function listTasks(
  sk: string,
  resources: { dwsClusterId: string; kafkaInstanceId: string } = ids,
): Promise<{ page: Page; calls: Request[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  const calls: Request[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(mock.url) && request.method() !== "OPTIONS") calls.push(request);
  });
  await page.goto(site.url);
  await page.fill("[name=endpoint]", mock.url);
  await page.fill("[name=projectId]", DEMO_PROJECT_ID);
  await page.fill("[name=ak]", mock.credentials.ak);
  await page.fill("[name=sk]", sk);
  await page.fill("[name=dwsClusterId]", resources.dwsClusterId);
  await page.fill("[name=kafkaInstanceId]", resources.kafkaInstanceId);
  await page.check("[name=allowPermanentKey]");
  await page.click("button[type=submit]");
  await page.waitForSelector("body[data-state=done]", { timeout: 30_000 });
  return { page, calls };
}

describe("the browser example in headless Chromium", () => {
  it("lists tasks from all four services with signed requests the mock cloud accepts", async () => {
    const { page, calls } = await listTasks(mock.credentials.sk);
    const failures = await page.$$eval("#summary li.failed", (items) => items.map((li) => li.textContent));
    expect(failures).toEqual([]);

    const rows = await tableRows(page);
    expect(new Set(rows.map((row) => row.service))).toEqual(new Set(services));
    expect(rows).toHaveLength(40);
    // One time format and one status vocabulary whatever the service, newest first across services.
    for (const { cells } of rows) {
      expect(cells[0]).toMatch(TIME);
      expect(cells[2]?.length).toBeGreaterThan(0);
      expect(cells[3]).toMatch(STATUS);
    }
    const starts = rows.map(({ cells }) => cells[0]!);
    expect(starts).toEqual([...starts].sort().reverse());

    expect(calls).toHaveLength(services.length);
    for (const call of calls) {
      const headers = await call.allHeaders();
      expect(headers.authorization).toMatch(
        new RegExp(
          `^SDK-HMAC-SHA256 Access=${mock.credentials.ak}, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$`,
        ),
      );
      expect(headers["x-sdk-date"]).toMatch(/^\d{8}T\d{6}Z$/);
      expect((await call.response())?.status()).toBe(200);
    }

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "browser-example.png"), fullPage: true });
    await page.close();
  });

  it("skips DWS and Kafka, saying why, when no cluster or instance ID is given", async () => {
    const { page, calls } = await listTasks(mock.credentials.sk, { dwsClusterId: "", kafkaInstanceId: "" });
    expect(await page.locator("#summary li").allTextContents()).toEqual([
      "DCS: 10 tasks",
      "DWS: skipped (no cluster ID given)",
      "GaussDB(MySQL): 10 tasks",
      "Kafka: skipped (no instance ID given)",
    ]);
    expect(calls).toHaveLength(2);
    await page.close();
  });

  it("served by `serve`, opens in proxy mode with the mock's project and demo resources filled in", async () => {
    const example = await startExampleServer({ env: {}, outdir: join(outdir, "served") });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
      await page.goto(example.url);
      await page.waitForSelector("body[data-ready=proxy]");
      expect(await page.isChecked("[name=mode][value=proxy]")).toBe(true);
      expect(await page.inputValue("[name=projectId]")).toBe(DEMO_PROJECT_ID);
      expect(await page.inputValue("[name=dwsClusterId]")).toBe(ids.dwsClusterId);
      expect(await page.inputValue("[name=kafkaInstanceId]")).toBe(ids.kafkaInstanceId);
      expect(await page.textContent("#setup")).toMatch(
        /^Served with its signing proxy, forwarding to the mock cloud/,
      );
      await page.click("button[type=submit]");
      await page.waitForSelector("body[data-state=done]", { timeout: 30_000 });
      expect(await page.locator("#summary li.failed").allTextContents()).toEqual([]);
      expect(await page.locator("#summary li").allTextContents()).toHaveLength(4);
      for (const { cells } of await tableRows(page)) expect(cells[3]).toMatch(STATUS);
      await page.screenshot({ path: join(artifacts, "browser-example-serve.png"), fullPage: true });
      await page.close();
    } finally {
      await example.close();
    }
  });

  it("shows each service's refusal when the secret key is wrong, and no rows", async () => {
    const { page, calls } = await listTasks(`${mock.credentials.sk}-wrong`);
    const failures = await page.$$eval("#summary li.failed", (items) =>
      items.map((li) => li.dataset.service),
    );
    expect(new Set(failures)).toEqual(new Set(services));
    expect(await page.$$("#tasks tbody tr")).toHaveLength(0);
    for (const call of calls) expect((await call.response())?.status()).toBe(401);
    await page.close();
  });

  it("bundles no credentials: the keys only exist in what the user types", () => {
    const code = readFileSync(bundle, "utf8");
    expect(code).not.toContain(mock.credentials.ak);
    expect(code).not.toContain(mock.credentials.sk);
  });
});
