import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OfflineError, PageFetchError, checkDocUrl, fetchPage } from "./fetch-page.js";

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/page.html") return void res.end("<h1>页面</h1>");
    if (req.url === "/moved.html") {
      res.writeHead(302, { location: "/page.html" });
      return void res.end();
    }
    if (req.url === "/elsewhere.html") {
      res.writeHead(302, { location: "https://attacker.example/page.html" });
      return void res.end();
    }
    if (req.url === "/loop.html") {
      res.writeHead(302, { location: "/loop.html" });
      return void res.end();
    }
    if (req.url === "/huge.html") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("x".repeat(4096));
      return void res.end("y".repeat(4096));
    }
    res.writeHead(404).end("no");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const limits = { timeoutMs: 5_000, maxBytes: 6_000, maxRedirects: 3 };

describe("fetching a doc page", () => {
  it("returns the page's HTML, following a redirect on an allowed host", async () => {
    expect(await fetchPage(`${origin}/moved.html`, limits)).toEqual({
      url: `${origin}/page.html`,
      html: "<h1>页面</h1>",
    });
  });

  it("names the HTTP status of a page that is not there", async () => {
    await expect(fetchPage(`${origin}/gone.html`, limits)).rejects.toThrow(
      new PageFetchError(`${origin}/gone.html`, "HTTP 404"),
    );
  });

  it("refuses a redirect to a host that is not Huawei's documentation", async () => {
    await expect(fetchPage(`${origin}/elsewhere.html`, limits)).rejects.toThrow(/fetches only https pages/);
  });

  it("stops after a bounded number of redirects and a bounded number of bytes", async () => {
    await expect(fetchPage(`${origin}/loop.html`, limits)).rejects.toThrow(/more than 3 redirects/);
    await expect(fetchPage(`${origin}/huge.html`, limits)).rejects.toThrow(/over the 6000-byte limit/);
  });

  it("reports an unreachable network as offline, not as a broken page", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await fetchPage(`http://127.0.0.1:${port}/page.html`, limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfflineError);
    expect((error as Error).message).toMatch(/^cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED/);
  });

  it.each([
    ["http://support.huaweicloud.com/api-dcs/ListCenterTask.html", /fetches only https pages/],
    ["https://huaweicloud.com.attacker.example/x.html", /fetches only https pages/],
    ["file:///etc/passwd", /fetches only https pages/],
    ["https://user:pw@support.huaweicloud.com/x.html", /must not carry credentials/],
    ["not a url", /not a URL/],
  ])("refuses %s before any traffic", (url, message) => {
    expect(() => checkDocUrl(url)).toThrow(message);
  });

  it("accepts Huawei's documentation hosts", () => {
    expect(checkDocUrl("https://support.huaweicloud.com/api-dcs/ListCenterTask.html").hostname).toBe(
      "support.huaweicloud.com",
    );
  });
});
