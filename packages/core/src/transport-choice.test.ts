import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { HuaweiCloudConfigError, HuaweiCloudResponseTooLargeError } from "./errors.js";
import { AK, SK, signatureOf } from "./test-support/signature.js";
import { createTestClient, testTransport } from "./test-support/fixture-service.js";
import { json, startServer, type TestServer } from "./test-support/server.js";

let server: TestServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

const credentials = { ak: AK, sk: SK };

describe("which transport carries the requests", () => {
  it('in Node, "auto" sends over node:http and never calls the global fetch', async () => {
    server = await startServer((_req, res) => json(res, 200, { tasks: [], count: 0 }));
    const spy = vi.spyOn(globalThis, "fetch");
    const client = createTestClient({ endpoint: server.url, projectId: "p", credentials, transport: "auto" });
    await client.listTasks();
    await client.GET("/v2/{project_id}/tasks", { params: { path: { project_id: "p" } } });
    expect(spy).not.toHaveBeenCalled();
    expect(server.requests).toHaveLength(2);
  });

  it('"fetch" sends every request through the global fetch', async () => {
    server = await startServer((_req, res) => json(res, 200, { tasks: [], count: 0 }));
    const spy = vi.spyOn(globalThis, "fetch");
    const client = createTestClient({
      endpoint: server.url,
      projectId: "p",
      credentials,
      transport: "fetch",
    });
    await client.listTasks();
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("an unknown transport is a config error naming the choices", () => {
    expect(() =>
      createTestClient({ endpoint: "http://127.0.0.1:9", credentials, transport: "xhr" as never }),
    ).toThrow(HuaweiCloudConfigError);
  });

  it("node:http keeps the connection alive between calls", async () => {
    const sockets = new Set<unknown>();
    server = await startServer((req, res) => {
      sockets.add((res as unknown as { socket: unknown }).socket);
      json(res, 200, { tasks: [], count: 0 });
    });
    const client = createTestClient({ endpoint: server.url, projectId: "p", credentials, transport: "auto" });
    for (let i = 0; i < 3; i++) await client.listTasks();
    expect(sockets.size).toBe(1);
  });
});

describe(`answers on the ${testTransport} transport`, () => {
  it("decodes a gzip answer and counts the decoded bytes against maxResponseBytes", async () => {
    const page = { tasks: Array.from({ length: 50 }, (_, i) => ({ id: `t${i}` })), count: 50 };
    const packed = gzipSync(JSON.stringify(page));
    server = await startServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" });
      res.end(packed);
    });
    const client = createTestClient({ endpoint: server.url, projectId: "p", credentials });
    await expect(client.listTasks()).resolves.toEqual(page);
    const error = await client
      .listTasks({}, { maxResponseBytes: packed.byteLength + 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudResponseTooLargeError);
  });

  it("withResponse() gives the body with status, headers, request id, attempts and the retry delay", async () => {
    server = await startServer((_req, res, n) =>
      n === 0
        ? json(res, 503, { error_code: "SYS.503", error_msg: "busy" }, { "Retry-After": "0.05" })
        : json(res, 200, { tasks: [{ id: "t1" }], count: 1 }, { "X-Request-Id": "req-42" }),
    );
    const client = createTestClient({ endpoint: server.url, projectId: "p", credentials });
    const { data, response } = await client.listTasks().withResponse();
    expect(data).toEqual({ tasks: [{ id: "t1" }], count: 1 });
    expect(response).toMatchObject({ status: 200, requestId: "req-42", attempts: 2, retryDelayMs: 50 });
    expect(response.headers.get("content-type")).toBe("application/json");
    await expect(client.listTasks()).resolves.toEqual({ tasks: [{ id: "t1" }], count: 1 });
  });

  it("sends per-call headers over the client's, signed, with header parameters winning", async () => {
    server = await startServer((_req, res) => json(res, 200, { jobs: [] }));
    const client = createTestClient({
      endpoint: server.url,
      projectId: "p",
      credentials,
      headers: { "X-Client": "client", "X-Trace": "client" },
    });
    await client.listJobs(
      { header: { "X-Trace": "param" } },
      { headers: { "X-Call": "call", "X-Client": "call" } },
    );
    const [req] = server.requests;
    expect(req!.headers).toMatchObject({ "x-client": "call", "x-call": "call", "x-trace": "param" });
    expect(req!.headers.authorization).toMatch(/x-call/);
    expect(await signatureOf(req!)).toMatchObject({ ok: true });
  });

  it("sends one call through a per-call fetch, signed, and the next through the client's transport", async () => {
    server = await startServer((_req, res) => json(res, 200, { tasks: [], count: 0 }));
    const seen: Request[] = [];
    const perCall: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      seen.push(request);
      return fetch(request);
    };
    const client = createTestClient({ endpoint: server.url, projectId: "p", credentials });
    await client.listTasks({}, { fetch: perCall });
    await client.listTasks();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers.get("authorization")).toMatch(/^SDK-HMAC-SHA256 /);
    expect(server.requests).toHaveLength(2);
  });

  it("a raw call without path.project_id gets the client's projectId, signed", async () => {
    server = await startServer((_req, res) => json(res, 200, { tasks: [], count: 0 }));
    const client = createTestClient({ endpoint: server.url, projectId: "proj-9", credentials });
    const { response } = await client.GET("/v2/{project_id}/tasks", { params: { path: {} as never } });
    expect(response.status).toBe(200);
    expect(server.requests[0]!.path).toBe("/v2/proj-9/tasks");
    expect(await signatureOf(server.requests[0]!)).toMatchObject({ ok: true });
  });
});
