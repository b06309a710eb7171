import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULTS } from "./defaults.js";
import { HuaweiCloudConfigError, HuaweiCloudResponseTooLargeError } from "./errors.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { startServer, type TestServer } from "./test-support/server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A JSON answer of about `bytes` bytes once inflated, sent gzip-compressed (a few KB on the wire). */
function gzipBomb(bytes: number) {
  const body = gzipSync(JSON.stringify({ tasks: [], pad: "a".repeat(bytes) }));
  return startServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" });
    res.end(body);
  });
}

const client = (extra: object = {}) =>
  createTestClient({ endpoint: server!.url, projectId: "p", credentials: "none", maxRetries: 0, ...extra });

describe("response size cap", () => {
  it("documents a default of 64 MiB", () => {
    expect(DEFAULTS.maxResponseBytes).toBe(64 * 1024 * 1024);
  });

  it("stops reading a gzip body that inflates past maxResponseBytes, with a typed error", async () => {
    server = await gzipBomb(5_000_000);
    const error = await client({ maxResponseBytes: 1_000_000 })
      .listTasks()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudResponseTooLargeError);
    expect(error).toMatchObject({ kind: "response_too_large", limitBytes: 1_000_000, status: 200 });
    expect((error as Error).message).toMatch(/maxResponseBytes \(1000000\)/);
  });

  it("applies a call's maxResponseBytes over the client's", async () => {
    server = await gzipBomb(200_000);
    await expect(client().listTasks(undefined, { maxResponseBytes: 100_000 })).rejects.toBeInstanceOf(
      HuaweiCloudResponseTooLargeError,
    );
    await expect(
      client({ maxResponseBytes: 100_000 }).listTasks(undefined, { maxResponseBytes: 300_000 }),
    ).resolves.toMatchObject({ tasks: [] });
  });

  it("reads an answer of exactly maxResponseBytes", async () => {
    const body = JSON.stringify({ tasks: [], count: 0 });
    server = await startServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(body);
    });
    await expect(client({ maxResponseBytes: body.length }).listTasks()).resolves.toEqual({
      tasks: [],
      count: 0,
    });
    await expect(client({ maxResponseBytes: body.length - 1 }).listTasks()).rejects.toBeInstanceOf(
      HuaweiCloudResponseTooLargeError,
    );
  });

  it.each([0, -1, 1.5, Number.NaN, "1000"])("refuses maxResponseBytes %o before sending", async (value) => {
    server = await gzipBomb(10);
    expect(() => client({ maxResponseBytes: value })).toThrow(HuaweiCloudConfigError);
    expect(() => client({ maxResponseBytes: value })).toThrow(/maxResponseBytes/);
    expect(server.requests).toHaveLength(0);
  });
});
