import { createServer, request as httpRequest, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest } from "../test/raw-http.js";
import { replyJson, startRecordingUpstream } from "../test/recording-upstream.js";
import { toNodeListener } from "./node.js";
import { createSigningProxy, type SigningProxyOptions } from "./proxy.js";

// The guarantees only a Node deployment can break: what the request line and Host say, and what happens to
// the upstream call when the page's socket goes away. Each runs on the fast path and on the generic web
// path (a custom `fetch` makes toNodeListener go through a web Request).
const KEYS = { ak: "NODEPROXYAK000000001", sk: "node-proxy-secret" };
let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
const hung: ServerResponse[] = [];

beforeAll(async () => {
  upstream = await startRecordingUpstream({ [KEYS.ak]: KEYS.sk }, (received, res) => {
    if (received.url.includes("/jobs/hang")) return void hung.push(res);
    replyJson(res, 200, { tasks: [] });
  });
});
afterAll(() => upstream.close());

const servers: ReturnType<typeof createServer>[] = [];
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function startProxy(path: "fast" | "web", options: Partial<SigningProxyOptions> = {}) {
  const proxy = createSigningProxy({
    credentials: KEYS,
    endpoints: { dcs: upstream.origin },
    ...(path === "web" ? { fetch: (input, init) => fetch(input, init) } : {}),
    ...options,
  });
  const server = createServer(toNodeListener(proxy));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each(["fast", "web"] as const)("toNodeListener on the %s path", (path) => {
  it.each([
    ["a network-path target", "//evil.test/hwcloud/dcs/v2/p1/tasks"],
    ["an absolute-form target", "http://evil.test/hwcloud/dcs/v2/p1/tasks"],
    ["an absolute-form target naming this server", "http://127.0.0.1/hwcloud/dcs/v2/p1/tasks"],
  ])("refuses %s with 400 and forwards nothing, whatever the Origin", async (_name, target) => {
    const port = await startProxy(path);
    const before = upstream.received.length;
    const answer = await rawRequest(
      port,
      `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://evil.test\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ error_code: "PROXY.BAD_REQUEST_TARGET" });
    expect(upstream.received.length).toBe(before);
  });

  it("judges same-origin by the Host header when no origin is configured", async () => {
    const port = await startProxy(path);
    const own = await rawRequest(
      port,
      `GET /hwcloud/dcs/v2/p1/tasks HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
    );
    expect(own.status).toBe(200);
    const other = await rawRequest(
      port,
      `GET /hwcloud/dcs/v2/p1/tasks HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://evil.test\r\nConnection: close\r\n\r\n`,
    );
    expect(other.status).toBe(403);
  });

  it("judges same-origin by the configured origin, not the Host a rebinding page chose", async () => {
    const port = await startProxy(path, { origin: "https://api.example" });
    const answer = await rawRequest(
      port,
      `GET /hwcloud/dcs/v2/p1/tasks HTTP/1.1\r\nHost: evil.test\r\nOrigin: http://evil.test\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(403);
  });

  it("refuses a malformed Host header with 400", async () => {
    const port = await startProxy(path);
    const answer = await rawRequest(
      port,
      `GET /hwcloud/dcs/v2/p1/tasks HTTP/1.1\r\nHost: evil.test/path\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(400);
  });

  it.each(["TRACE", "PROPFIND"])("answers %s with 501 and a JSON body", async (method) => {
    const port = await startProxy(path);
    const answer = await rawRequest(
      port,
      `${method} /hwcloud/dcs/v2/p1/tasks HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(501);
    expect(JSON.parse(answer.body)).toMatchObject({ error_code: "PROXY.METHOD_NOT_IMPLEMENTED" });
  });

  it("refuses dot-segment forms that only a raw request line can carry", async () => {
    const port = await startProxy(path);
    const before = upstream.received.length;
    for (const target of [
      "/hwcloud/dcs/v2/p1/jobs/../tasks",
      "/hwcloud/dcs/v2/p1/jobs/./x",
      "/hwcloud/dcs/v2/p1/jobs/..;/x",
    ]) {
      const answer = await rawRequest(
        port,
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
      );
      expect(answer.status, target).toBe(400);
      expect(answer.body, target).toMatch(/^\{"error_code":"PROXY\./);
    }
    expect(upstream.received.length).toBe(before);
  });
});

/** Opens `count` page requests that the upstream will never answer, then lets the pages go away. */
async function abandonedCalls(port: number, count: number, beforeLeaving: () => void = () => {}) {
  const start = hung.length;
  const pages = Array.from({ length: count }, () => {
    const request = httpRequest({
      host: "127.0.0.1",
      port,
      path: "/hwcloud/dcs/v2/p1/jobs/hang",
      agent: false,
    });
    request.once("error", () => undefined);
    request.end();
    return request;
  });
  await until(() => hung.length >= start + count);
  beforeLeaving();
  for (const page of pages) page.destroy();
  const calls = hung.slice(start, start + count);
  await until(() => calls.every((call) => call.closed));
  return calls.filter((call) => call.closed).length;
}

describe.each(["fast", "web"] as const)("a page that goes away, on the %s path", (path) => {
  it("cancels the upstream call", async () => {
    const port = await startProxy(path);
    expect(await abandonedCalls(port, 1)).toBe(1);
  });

  it("cancels every upstream call under load (200 at once)", async () => {
    const port = await startProxy(path);
    expect(await abandonedCalls(port, 200)).toBe(200);
  });

  it("cancels the upstream call after a garbage collection", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const port = await startProxy(path);
    expect(
      await abandonedCalls(port, 10, () => {
        gc();
        gc();
      }),
    ).toBe(10);
  });
});
