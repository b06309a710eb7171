import { afterEach, describe, expect, it, vi } from "vitest";
import { HuaweiCloudAbortError, HuaweiCloudTimeoutError } from "./errors.js";
import { MAX_TIMER_DELAY_MS } from "./long-timer.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { json, startServer, type TestServer } from "./test-support/server.js";
import { AK, SK } from "./test-support/signature.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ok = { tasks: [], count: 0 };
const DAY = 24 * 60 * 60_000;
const hang = () => {};

function client(extra: Record<string, unknown> = {}) {
  return createTestClient({
    endpoint: server!.url,
    projectId: "p",
    credentials: { ak: AK, sk: SK },
    retryDelay: { baseMs: 1, maxMs: 5 },
    ...extra,
  });
}

describe("timeouts", () => {
  it("ends a hanging request with HuaweiCloudTimeoutError after the client's timeout", async () => {
    server = await startServer(hang);
    const started = Date.now();
    const error = await client({ timeout: 100, maxRetries: 0 })
      .listTasks()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudTimeoutError);
    expect(error).toMatchObject({ kind: "timeout", method: "GET" });
    expect((error as Error).message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/v2\/p\/tasks timed out after 100 ms \(attempt 1 of 1\)\.$/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("lets the call's timeout override the client's", async () => {
    server = await startServer(hang);
    const started = Date.now();
    const call = client({ timeout: 60_000, maxRetries: 0 }).listTasks(undefined, { timeout: 50 });
    await expect(call).rejects.toBeInstanceOf(HuaweiCloudTimeoutError);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("retries a timed-out attempt, and succeeds when the next one answers", async () => {
    server = await startServer((_req, res, n) => (n === 0 ? hang() : json(res, 200, ok)));
    expect(await client({ timeout: 100 }).listTasks()).toEqual(ok);
    expect(server.requests).toHaveLength(2);
  });

  it("covers a body that never finishes", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{"tasks":[');
    });
    await expect(client({ timeout: 100, maxRetries: 0 }).listTasks()).rejects.toBeInstanceOf(
      HuaweiCloudTimeoutError,
    );
  });

  it.each([
    ["the client's", { timeout: 30 * DAY }, {}],
    ["a call's", {}, { timeout: 30 * DAY }],
  ])(
    "%s timeout above 2^31-1 ms does not expire the attempt at once, nor wake a timer every millisecond",
    async (_, clientOptions, callOptions) => {
      server = await startServer((_req, res) => setTimeout(() => json(res, 200, ok), 100));
      const setTimeoutSpy = vi.spyOn(globalThis, "setTimeout");
      try {
        const answer = await client({ maxRetries: 0, ...clientOptions }).listTasks(undefined, callOptions);
        expect(answer).toEqual(ok);
        const delays = setTimeoutSpy.mock.calls.map(([, ms]) => ms ?? 0);
        expect(delays.filter((ms) => ms > MAX_TIMER_DELAY_MS)).toEqual([]);
        expect(delays.filter((ms) => ms >= DAY)).toHaveLength(1);
      } finally {
        setTimeoutSpy.mockRestore();
      }
    },
  );

  it("turns off with timeout: 0", async () => {
    server = await startServer((_req, res) => setTimeout(() => json(res, 200, ok), 150));
    expect(await client({ timeout: 0, maxRetries: 0 }).listTasks()).toEqual(ok);
  });
});

describe("abort signals", () => {
  it("ends a request with HuaweiCloudAbortError and does not retry", async () => {
    const controller = new AbortController();
    server = await startServer(() => controller.abort());
    const call = client().listTasks(undefined, { signal: controller.signal });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudAbortError);
    expect(error).toMatchObject({ kind: "abort" });
    expect(server.requests).toHaveLength(1);
  });

  it("sends nothing when the signal has already fired", async () => {
    server = await startServer((_req, res) => json(res, 200, ok));
    const error = await client()
      .listTasks(undefined, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("interrupts the wait between retries", async () => {
    const controller = new AbortController();
    server = await startServer((_req, res) => {
      json(res, 503, {}, { "Retry-After": "30" });
      setTimeout(() => controller.abort(), 100);
    });
    const started = Date.now();
    const call = client().listTasks(undefined, { signal: controller.signal });
    await expect(call).rejects.toBeInstanceOf(HuaweiCloudAbortError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.requests).toHaveLength(1);
  });

  it("works through the raw openapi-fetch signal option", async () => {
    const controller = new AbortController();
    server = await startServer(() => controller.abort());
    const call = client().GET("/v2/{project_id}/tasks", {
      params: { path: { project_id: "p" } },
      signal: controller.signal,
    });
    await expect(call).rejects.toBeInstanceOf(HuaweiCloudAbortError);
    expect(server.requests).toHaveLength(1);
  });
});
