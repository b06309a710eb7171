import { afterEach, describe, expect, it, vi } from "vitest";
import { HuaweiCloudAbortError, HuaweiCloudError, HuaweiCloudNetworkError } from "./errors.js";
import { backoffDelay, parseRetryAfter, sleep } from "./retry.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { json, startServer, type TestServer } from "./test-support/server.js";
import { AK, SK, signatureOf } from "./test-support/signature.js";

let server: TestServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

const fast = { retryDelay: { baseMs: 1, maxMs: 5 } };
const ok = { tasks: [{ id: "t1" }], count: 1 };
const DAY = 24 * 60 * 60_000;
const elapsed = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function client(extra: Record<string, unknown> = {}) {
  return createTestClient({
    endpoint: server!.url,
    projectId: "p",
    credentials: { ak: AK, sk: SK },
    ...fast,
    ...extra,
  });
}

describe("retries", () => {
  it("retries a 503 and re-signs each attempt with a fresh X-Sdk-Date", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.UTC(2026, 0, 2, 3, 4, 5) });
    server = await startServer((_req, res, n) => {
      // The clock moves on between attempts, so a re-used signature would carry the old date.
      vi.setSystemTime(Date.now() + 10_000);
      if (n === 0) json(res, 503, { error_code: "SYS.503", error_msg: "busy" });
      else json(res, 200, ok);
    });
    expect(await client().listTasks()).toEqual(ok);
    const [first, second] = server.requests;
    expect(server.requests).toHaveLength(2);
    expect(first!.headers["x-sdk-date"]).toBe("20260102T030405Z");
    expect(second!.headers["x-sdk-date"]).toBe("20260102T030415Z");
    expect(second!.headers.authorization).not.toBe(first!.headers.authorization);
    expect(await signatureOf(first!, Date.UTC(2026, 0, 2, 3, 4, 5))).toMatchObject({ ok: true });
    expect(await signatureOf(second!, Date.UTC(2026, 0, 2, 3, 4, 15))).toMatchObject({ ok: true });
    expect({ ...second, headers: undefined }).toEqual({ ...first, headers: undefined });
  });

  it("honours Retry-After on a 429", async () => {
    server = await startServer((_req, res, n) => {
      if (n === 0)
        json(res, 429, { error_code: "APIGW.0308", error_msg: "throttled" }, { "Retry-After": "1" });
      else json(res, 200, ok);
    });
    const started = Date.now();
    expect(await client().listTasks()).toEqual(ok);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  it("gives up after maxRetries (default 2) and throws the last answer", async () => {
    server = await startServer((_req, res) => json(res, 500, { error_code: "SYS.500", error_msg: "boom" }));
    const error = await client()
      .listTasks()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudError);
    expect(error).toMatchObject({ status: 500, errorCode: "SYS.500" });
    expect((error as Error).message).toMatch(/The service failed to answer the request; try again later/);
    expect(server.requests).toHaveLength(3);
  });

  it.each([
    ["maxRetries: 0 on the client", { maxRetries: 0 }, undefined, 1],
    ["maxRetries on the call over the client's", { maxRetries: 0 }, { maxRetries: 3 }, 4],
    ["maxRetries: 0 on the call", {}, { maxRetries: 0 }, 1],
  ])("follows %s", async (_name, clientOptions, callOptions, attempts) => {
    server = await startServer((_req, res) => json(res, 503, { error_code: "SYS.503", error_msg: "busy" }));
    await expect(client(clientOptions).listTasks(undefined, callOptions)).rejects.toMatchObject({
      status: 503,
    });
    expect(server.requests).toHaveLength(attempts);
  });

  it.each([
    ["400", 400],
    ["401", 401],
    ["403", 403],
    ["404", 404],
    ["501", 501],
  ])("does not retry a %s", async (_name, status) => {
    server = await startServer((_req, res) => json(res, status, { error_code: "X", error_msg: "no" }));
    await expect(client().listTasks()).rejects.toMatchObject({ status });
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a 503 on a POST (not idempotent) but does retry its 429", async () => {
    server = await startServer((_req, res, n) => {
      if (n === 0) json(res, 429, { error_code: "T", error_msg: "slow down" });
      else json(res, 503, { error_code: "S", error_msg: "busy" });
    });
    await expect(client().createThing({ body: { name: "n" } })).rejects.toMatchObject({ status: 503 });
    expect(server.requests.map((r) => r.body)).toEqual(['{"name":"n"}', '{"name":"n"}']);
  });

  it("retries network failures and then throws HuaweiCloudNetworkError", async () => {
    server = await startServer((_req, res) => res.destroy());
    const error = await client({ maxRetries: 1 })
      .listTasks()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudNetworkError);
    expect(error).toMatchObject({ kind: "network", method: "GET", status: undefined });
    expect((error as Error).message).toMatch(/failed before an answer arrived \(attempt 2 of 2\)/);
    expect(server.requests).toHaveLength(2);
  });

  it("recovers when the connection drops once", async () => {
    server = await startServer((_req, res, n) => (n === 0 ? res.destroy() : json(res, 200, ok)));
    expect(await client().listTasks()).toEqual(ok);
    expect(server.requests).toHaveLength(2);
  });

  it("retries raw openapi-fetch calls the same way", async () => {
    server = await startServer((_req, res, n) => (n === 0 ? json(res, 502, {}) : json(res, 200, ok)));
    const { data } = await client().GET("/v2/{project_id}/tasks", { params: { path: { project_id: "p" } } });
    expect(data).toEqual(ok);
    expect(server.requests).toHaveLength(2);
  });
});

describe("long waits", () => {
  it("a sleep longer than 2^31-1 ms waits for its whole length", async () => {
    vi.useFakeTimers();
    let done = false;
    const slept = sleep(40 * DAY).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(40 * DAY - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await slept;
    expect(done).toBe(true);
  });

  it("a sleep longer than 2^31-1 ms still ends on the signal, past its first timer", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const slept = sleep(40 * DAY, controller.signal).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(30 * DAY);
    controller.abort();
    expect(await slept).toBeInstanceOf(HuaweiCloudAbortError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a retry delay above 2^31-1 ms waits instead of retrying at once", async () => {
    server = await startServer((_req, res) => json(res, 503, { error_code: "SYS.503", error_msg: "busy" }));
    const controller = new AbortController();
    // Even with 25% jitter taken off, 60 days stays above 2^31-1 ms (24.8 days).
    const call = client({ retryDelay: { baseMs: 60 * DAY, maxMs: 60 * DAY } })
      .listTasks(undefined, { signal: controller.signal })
      .catch((e: unknown) => e);
    await elapsed(300);
    expect(server.requests).toHaveLength(1);
    controller.abort();
    expect(await call).toBeInstanceOf(HuaweiCloudAbortError);
  });
});

describe("backoff", () => {
  it("doubles from the base up to the cap, with up to 25% jitter taken off", () => {
    const options = { baseMs: 500, maxMs: 8000 };
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, options, () => 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000,
    ]);
    expect(backoffDelay(0, options, () => 1)).toBe(375);
  });

  it.each([
    ["delta seconds", "3", 3000],
    ["zero", "0", 0],
    ["an HTTP date", new Date(Date.UTC(2026, 0, 1, 0, 0, 10)).toUTCString(), 10_000],
    ["a negative value", "-1", undefined],
    ["an absurd wait", "3600", undefined],
    ["a wait of years", "99999999", undefined],
    ["garbage", "soon", undefined],
  ])("reads Retry-After given as %s", (_name, value, want) => {
    expect(parseRetryAfter(new Headers({ "Retry-After": value }), Date.UTC(2026, 0, 1))).toBe(want);
  });
});
