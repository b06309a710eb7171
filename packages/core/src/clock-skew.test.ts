import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { correctedOffset, isExpiredRejection, parseServerTime } from "./clock-skew.js";
import { HuaweiCloudError } from "./errors.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { json, startServer, type SeenRequest, type TestServer } from "./test-support/server.js";
import { AK, SK, signatureOf } from "./test-support/signature.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const HOUR = 3_600_000;
const ok = { tasks: [], count: 0 };

const basic = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** A gateway whose clock runs an hour ahead and which refuses signatures more than 15 minutes off. */
function skewedGateway(options: {
  sendDate: boolean;
  message?: (req: SeenRequest, serverNow: number) => string;
}) {
  return async (req: SeenRequest, res: ServerResponse) => {
    const serverNow = Date.now() + HOUR;
    const check = await signatureOf(req, serverNow);
    if (check.ok) return json(res, 200, ok);
    const message =
      options.message?.(req, serverNow) ??
      `Incorrect IAM authentication information: verify aksk signature fail, signature expired, signature time: ${req.headers["x-sdk-date"]}, server time: ${basic(serverNow)}`;
    res.sendDate = options.sendDate;
    const headers: Record<string, string> = options.sendDate
      ? { Date: new Date(serverNow).toUTCString() }
      : {};
    json(res, 401, { error_code: "APIGW.0301", error_msg: message, request_id: "skew" }, headers);
  };
}

function client(extra: Record<string, unknown> = {}) {
  return createTestClient({
    endpoint: server!.url,
    projectId: "p",
    credentials: { ak: AK, sk: SK },
    ...extra,
  });
}

describe("clock skew", () => {
  it("takes the offset from the Date header of an expired-signature 401, re-signs and retries once", async () => {
    server = await startServer(skewedGateway({ sendDate: true }));
    expect(await client({ maxRetries: 0 }).listTasks()).toEqual(ok);
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests.map((r) => parseServerTime(r.headers["x-sdk-date"]!)!);
    expect(first! - Date.now()).toBeLessThan(60_000);
    expect(Math.abs(second! - (Date.now() + HOUR))).toBeLessThan(60_000);
  });

  it("keeps the learned offset for later calls", async () => {
    server = await startServer(skewedGateway({ sendDate: true }));
    const c = client();
    await c.listTasks();
    await c.listTasks();
    await c.GET("/v2/{project_id}/tasks", { params: { path: { project_id: "p" } } });
    expect(server.requests).toHaveLength(4);
  });

  it("reads the gateway's message when no Date header is readable", async () => {
    server = await startServer(skewedGateway({ sendDate: false }));
    expect(await client().listTasks()).toEqual(ok);
    expect(server.requests).toHaveLength(2);
  });

  it("signs with the caller's clockOffsetMs from the first request", async () => {
    server = await startServer(skewedGateway({ sendDate: true }));
    expect(await client({ clockOffsetMs: HOUR }).listTasks()).toEqual(ok);
    expect(server.requests).toHaveLength(1);
  });

  it("corrects only once per call, then reports the rejection with a clock hint", async () => {
    // This gateway always claims to be an hour ahead of whatever date it was sent.
    server = await startServer(
      skewedGateway({
        sendDate: false,
        message: (req) => {
          const sent = parseServerTime(req.headers["x-sdk-date"]!)!;
          return `signature expired, signature time: ${basic(sent)}, server time: ${basic(sent + HOUR)}`;
        },
      }),
    );
    const error = await client({ clockOffsetMs: 2 * HOUR })
      .listTasks()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudError);
    expect(error).toMatchObject({ status: 401, errorCode: "APIGW.0301", requestId: "skew" });
    expect((error as Error).message).toMatch(/clock/);
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry an expired rejection that names no time", async () => {
    server = await startServer(skewedGateway({ sendDate: false, message: () => "signature expired" }));
    await expect(client().listTasks()).rejects.toMatchObject({ status: 401 });
    expect(server.requests).toHaveLength(1);
  });

  it("does not treat an expired IAM token as clock skew", async () => {
    server = await startServer((_req, res) =>
      json(
        res,
        401,
        { error_code: "APIGW.0301", error_msg: "token expired" },
        { Date: new Date(Date.now() + HOUR).toUTCString() },
      ),
    );
    await expect(client({ credentials: { iamToken: "t" } }).listTasks()).rejects.toMatchObject({
      status: 401,
    });
    expect(server.requests).toHaveLength(1);
  });
});

describe("correctedOffset", () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it.each([
    ["a Date header an hour ahead", { date: new Date(now + HOUR).toUTCString() }, "expired", 0, HOUR],
    ["a Date header within noise", { date: new Date(now + 2000).toUTCString() }, "expired", 0, undefined],
    [
      "the gateway message",
      {},
      '{"error_msg":"verify aksk signature fail, signature expired, signature time: 20260101T120000Z, server time: 20260101T130000Z"}',
      0,
      HOUR,
    ],
    [
      "the gateway message on top of an existing offset",
      {},
      "signature expired, signature time: 20260101T130000Z, server time: 20260101T110000Z",
      HOUR,
      -HOUR,
    ],
    [
      "ISO times in the message",
      {},
      "signature expired, signature time: 2026-01-01T12:00:00Z, server time: 2026-01-01T12:30:00Z",
      0,
      HOUR / 2,
    ],
    ["neither", {}, "signature expired", 0, undefined],
    [
      "a hostile Date header decades ahead (not learned)",
      { date: new Date(now + 30 * 365 * 24 * HOUR).toUTCString() },
      "expired",
      0,
      undefined,
    ],
    [
      "a Date header just over the 24 h bound",
      { date: new Date(now + 24 * HOUR + 1000).toUTCString() },
      "expired",
      0,
      undefined,
    ],
    [
      "a Date header just within the 24 h bound",
      { date: new Date(now + 24 * HOUR - 1000).toUTCString() },
      "expired",
      0,
      24 * HOUR - 1000,
    ],
    [
      "a gateway message claiming decades",
      {},
      "signature expired, signature time: 20260101T120000Z, server time: 20560101T120000Z",
      0,
      undefined,
    ],
  ])("reads %s", (_name, headers, body, current, want) => {
    expect(correctedOffset(new Headers(headers), body, current, now)).toBe(want);
  });

  it.each([
    [401, "signature expired", true],
    [403, "Request expired", true],
    [401, "verify aksk signature fail", false],
    [400, "expired", false],
  ])("treats %s %j as expired: %s", (status, text, want) => {
    expect(isExpiredRejection(status, text)).toBe(want);
  });
});

describe("correctedOffset on a hostile body", () => {
  it("reads a hostile 'signature time:' body without catastrophic backtracking, within the test's time limit", () => {
    // The former pattern took 12 s on these 2,000 spaces, growing cubically; longer bodies are cut at 4 KB.
    const body = `signature expired, signature time:${" ".repeat(2000)}x`;
    expect(correctedOffset(new Headers(), body, 0, Date.now())).toBeUndefined();
    const spaced = `signature expired, signature time: 20260101T120000Z${" ".repeat(2000)}, server time: 20260101T130000Z`;
    expect(correctedOffset(new Headers(), spaced, 0, Date.UTC(2026, 0, 1, 12))).toBe(HOUR);
  }, 1_000);
});
