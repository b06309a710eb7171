import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_PROJECT_ID, startMockCloud, type RunningMockCloud } from "@hwcloud/mock-cloud";
import { chromium, type Browser, type Page, type Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPage } from "../scripts/build.mjs";
import { chromiumLaunchOptions } from "../../../vitest.shared.ts";
import { serveDirectory, type StaticSite } from "./serve-directory.ts";

const artifacts = fileURLToPath(new URL("../../../test-artifacts/", import.meta.url));
const ids = {
  dwsClusterId: "9b7ff56b-47b3-4d00-a1fd-4c023d34404b",
  kafkaInstanceId: "5c7f4a0e-8ad2-4ac9-a3e6-8f6d9c0b1a2b",
};
const services = ["dcs", "dws", "gaussdb-mysql", "kafka"];

let outdir: string;
let bundle: string;
let mock: RunningMockCloud;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), "hwcloud-browser-example-"));
  bundle = await buildPage(outdir);
  mock = await startMockCloud();
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
async function listTasks(sk: string): Promise<{ page: Page; calls: Request[] }> {
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
  await page.fill("[name=dwsClusterId]", ids.dwsClusterId);
  await page.fill("[name=kafkaInstanceId]", ids.kafkaInstanceId);
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

    const rows = await page.$$eval("#tasks tbody tr", (trs) =>
      (trs as HTMLTableRowElement[]).map((tr) => ({
        service: tr.dataset.service,
        cells: [...tr.cells].map((td) => td.textContent ?? ""),
      })),
    );
    expect(new Set(rows.map((row) => row.service))).toEqual(new Set(services));
    for (const row of rows) expect(row.cells[1]?.length).toBeGreaterThan(0);

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
