import { afterEach, describe, expect, it } from "vitest";
import { HuaweiCloudAbortError, HuaweiCloudConfigError } from "./errors.js";
import type { WaitOptions } from "./types.js";
import { WaiterError } from "./waiter-error.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { json, startServer, type TestServer } from "./test-support/server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const DAY = 24 * 60 * 60_000;
const elapsed = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function client() {
  return createTestClient({ endpoint: server!.url, projectId: "p", credentials: "none", maxRetries: 0 });
}

/** A job that reports the given states in turn, then stays in the last one. */
function job(states: string[], extra: Record<string, unknown> = {}) {
  return startServer((_req, res, n) =>
    json(res, 200, { job_id: "j-1", status: states[Math.min(n, states.length - 1)], ...extra }),
  );
}

describe("waiters", () => {
  it("polls until the job succeeds and resolves with the final body", async () => {
    server = await job(["RUNNING", "RUNNING", "SUCCESS"]);
    const result = await client().waitForJob("j-1", { interval: 5 });
    expect(result).toEqual({ job_id: "j-1", status: "SUCCESS" });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(Array(3).fill("GET /v2/p/jobs/j-1"));
  });

  it("rejects with WaiterError carrying fail_reason when the job fails", async () => {
    server = await job(["RUNNING", "FAIL"], { fail_reason: "disk quota exceeded" });
    const error = await client()
      .waitForJob("j-1", { interval: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterError);
    expect(error).toMatchObject({
      kind: "waiter",
      waiter: "waitForJob",
      state: "FAIL",
      failReason: "disk quota exceeded",
      timedOut: false,
      lastResult: { job_id: "j-1", status: "FAIL", fail_reason: "disk quota exceeded" },
    });
    expect((error as Error).message).toBe("waitForJob: job_id j-1 ended in state FAIL: disk quota exceeded.");
  });

  it("gives up at the deadline with a WaiterError that says so", async () => {
    server = await job(["RUNNING"]);
    const started = Date.now();
    const error = await client()
      .waitForJob("j-1", { interval: 20, maxWaitTime: 150 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterError);
    expect(error).toMatchObject({ timedOut: true, state: "RUNNING" });
    expect((error as Error).message).toMatch(/still in state RUNNING after 150 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("still honours the deprecated timeout as the total wait", async () => {
    server = await job(["RUNNING"]);
    const error = await client()
      .waitForJob("j-1", { interval: 20, timeout: 150 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ timedOut: true });
    expect((error as Error).message).toMatch(/after 150 ms/);
  });

  it("refuses maxWaitTime and the deprecated timeout together before the first poll", async () => {
    server = await job(["SUCCESS"]);
    const error = await client()
      .waitForJob("j-1", { maxWaitTime: 1_000, timeout: 2_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudConfigError);
    expect((error as Error).message).toMatch(/^waitForJob: give maxWaitTime only/);
    expect(server.requests).toHaveLength(0);
  });

  it("backs off between polls", async () => {
    server = await job(["RUNNING", "RUNNING", "RUNNING", "RUNNING", "SUCCESS"]);
    const seenAt: number[] = [];
    const c = client();
    c.use({
      onRequest() {
        seenAt.push(Date.now());
        return undefined;
      },
    });
    await c.waitForJob("j-1", { interval: 40 });
    const gaps = seenAt.slice(1).map((t, i) => t - seenAt[i]!);
    // Waits of 40, 60, 90 and 135 ms: a gap is never shorter than its wait.
    expect(gaps[0]!).toBeGreaterThanOrEqual(39);
    expect(gaps[3]!).toBeGreaterThanOrEqual(134);
  });

  it("stops on the caller's signal", async () => {
    server = await job(["RUNNING"]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(
      client().waitForJob("j-1", { interval: 20, signal: controller.signal }),
    ).rejects.toBeInstanceOf(HuaweiCloudAbortError);
  });

  it.each([0, 1])(
    "raises interval %i to the 100 ms floor instead of polling as fast as the network allows",
    async (interval) => {
      server = await job(["RUNNING"]);
      await client()
        .waitForJob("j-1", { interval, maxWaitTime: 300 })
        .catch(() => undefined);
      // Polls at about 0, 100 and 250 ms, then the deadline: never hundreds.
      expect(server.requests.length).toBeLessThanOrEqual(4);
    },
  );

  it.each<[string, WaitOptions]>([
    ["an interval", { interval: 60 * DAY, maxWaitTime: 120 * DAY }],
    ["the rest of a maxWaitTime", { interval: 60 * DAY, maxWaitTime: 40 * DAY }],
    ["the rest of the deprecated timeout", { interval: 60 * DAY, timeout: 40 * DAY }],
  ])("waits %s above 2^31-1 ms in full before the next poll", async (_, options) => {
    server = await job(["RUNNING"]);
    const controller = new AbortController();
    const waiting = client()
      .waitForJob("j-1", { ...options, signal: controller.signal })
      .catch((e: unknown) => e);
    await elapsed(300);
    expect(server.requests).toHaveLength(1);
    controller.abort();
    expect(await waiting).toBeInstanceOf(HuaweiCloudAbortError);
  });

  it("refuses an empty id", async () => {
    server = await job(["SUCCESS"]);
    await expect(client().waitForJob("")).rejects.toBeInstanceOf(HuaweiCloudConfigError);
    expect(server.requests).toHaveLength(0);
  });
});
