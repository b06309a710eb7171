import { afterEach, describe, expect, it } from "vitest";
import { HuaweiCloudConfigError } from "./errors.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { json, startServer, type TestServer } from "./test-support/server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const serve = async () => {
  server = await startServer((_req, res) => json(res, 200, { tasks: [], count: 0, status: "SUCCESS" }));
  return server;
};

const bad = [Number.NaN, Number.POSITIVE_INFINITY, -1, "10", null];

/** [option path, how to pass the value] for every numeric option of the client. */
const clientOptions: Array<[string, (value: unknown) => object]> = [
  ["timeout", (v) => ({ timeout: v })],
  ["maxRetries", (v) => ({ maxRetries: v })],
  ["retryDelay.baseMs", (v) => ({ retryDelay: { baseMs: v } })],
  ["retryDelay.maxMs", (v) => ({ retryDelay: { maxMs: v } })],
  ["maxResponseBytes", (v) => ({ maxResponseBytes: v })],
  ["maxPages", (v) => ({ maxPages: v })],
];

describe("numeric options are validated when given, naming the option", () => {
  it.each(clientOptions.flatMap(([name, pass]) => bad.map((value) => [name, value, pass] as const)))(
    "client %s = %o is a HuaweiCloudConfigError before any traffic",
    async (name, value, pass) => {
      const s = await serve();
      const create = () => createTestClient({ endpoint: s.url, credentials: "none", ...pass(value) });
      expect(create).toThrow(HuaweiCloudConfigError);
      expect(create).toThrow(new RegExp(`^${name.replace(".", "\\.")} must be`));
      expect(s.requests).toHaveLength(0);
    },
  );

  it.each([Number.NaN, Number.POSITIVE_INFINITY, "10", null])(
    "client clockOffsetMs = %o is refused",
    (value) => {
      expect(() =>
        createTestClient({
          endpoint: "http://127.0.0.1:1",
          credentials: "none",
          clockOffsetMs: value as never,
        }),
      ).toThrow(/^clockOffsetMs must be/);
    },
  );

  it("accepts a negative clockOffsetMs (a clock ahead of the server's)", () => {
    expect(() =>
      createTestClient({ endpoint: "http://127.0.0.1:1", credentials: "none", clockOffsetMs: -30_000 }),
    ).not.toThrow();
  });

  const callOptions: Array<[string, (value: unknown) => object]> = [
    ["timeout", (v) => ({ timeout: v })],
    ["maxRetries", (v) => ({ maxRetries: v })],
    ["maxResponseBytes", (v) => ({ maxResponseBytes: v })],
  ];
  it.each(callOptions.flatMap(([name, pass]) => bad.map((value) => [name, value, pass] as const)))(
    "call %s = %o is a HuaweiCloudConfigError before any traffic",
    async (name, value, pass) => {
      const s = await serve();
      const client = createTestClient({ endpoint: s.url, projectId: "p", credentials: "none" });
      await expect(client.listTasks(undefined, pass(value) as never)).rejects.toThrow(
        new RegExp(`^${name} must be`),
      );
      expect(() => client.paginate.listTasks(undefined, pass(value) as never)).toThrow(
        HuaweiCloudConfigError,
      );
      expect(s.requests).toHaveLength(0);
    },
  );

  it.each(["abort", {}, { aborted: false }])(
    "a signal that is not an AbortSignal (%o) is refused",
    async (signal) => {
      const s = await serve();
      const client = createTestClient({ endpoint: s.url, projectId: "p", credentials: "none" });
      await expect(client.listTasks(undefined, { signal: signal as never })).rejects.toThrow(
        /^signal must be an AbortSignal/,
      );
      await expect(client.waitForJob("j", { signal: signal as never })).rejects.toThrow(
        /^waitForJob: signal must be an AbortSignal/,
      );
      expect(s.requests).toHaveLength(0);
    },
  );

  it.each([
    ["maxWaitTime", Number.NaN],
    ["maxWaitTime", "abc"],
    ["maxWaitTime", -100],
    ["maxWaitTime", Number.POSITIVE_INFINITY],
    ["timeout", Number.NaN],
    ["timeout", "abc"],
    ["timeout", -100],
    ["timeout", Number.POSITIVE_INFINITY],
    ["interval", Number.NaN],
    ["interval", -100],
    ["interval", "5"],
  ])("waiter %s = %o is a HuaweiCloudConfigError before the first poll", async (name, value) => {
    const s = await serve();
    const client = createTestClient({ endpoint: s.url, projectId: "p", credentials: "none" });
    const error = await client.waitForJob("j", { [name]: value } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^waitForJob: ${name} must be`));
    expect(s.requests).toHaveLength(0);
  });

  it("never quotes a bad string value in the message", () => {
    expect(() =>
      createTestClient({
        endpoint: "http://127.0.0.1:1",
        credentials: "none",
        timeout: "secret-ish" as never,
      }),
    ).toThrow("timeout must be a non-negative number, got a string.");
  });
});
