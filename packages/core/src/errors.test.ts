import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  HuaweiCloudAbortError,
  HuaweiCloudApiError,
  HuaweiCloudConfigError,
  HuaweiCloudCredentialsError,
  HuaweiCloudError,
  HuaweiCloudNetworkError,
  HuaweiCloudTimeoutError,
} from "./errors.js";
import { WaiterError } from "./waiter-error.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { json, startServer, type TestServer } from "./test-support/server.js";
import { AK, SK, TOKEN } from "./test-support/signature.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function failWith(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  credentials?: unknown,
) {
  server = await startServer((_req, res) => {
    if (typeof body === "string") {
      res.writeHead(status, { "Content-Type": "text/html", ...headers });
      res.end(body);
    } else json(res, status, body, headers);
  });
  const client = createTestClient({
    endpoint: server.url,
    projectId: "p",
    credentials: (credentials as never) ?? { ak: AK, sk: SK, securityToken: TOKEN },
    maxRetries: 0,
  });
  const error = await client.listTasks().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HuaweiCloudError);
  return error as HuaweiCloudError;
}

describe("HTTP error answers", () => {
  it("carry status, errorCode, errorMsg, errorExtMsg, requestId, body and headers", async () => {
    const body = {
      error_code: "DCS.4001",
      error_msg: "Invalid offset",
      error_ext_msg: "offset must be >= 0",
    };
    const error = await failWith(400, body, { "X-Request-Id": "0a1b2c" });
    expect(error).toMatchObject({
      kind: "http",
      name: "HuaweiCloudApiError",
      statusFamily: "bad_request",
      status: 400,
      errorCode: "DCS.4001",
      errorMsg: "Invalid offset",
      errorExtMsg: "offset must be >= 0",
      requestId: "0a1b2c",
      body,
      operation: "ListTasks",
      method: "GET",
    });
    expect(error.url).toBe(`${server!.url}/v2/p/tasks`);
    expect(error.headers?.get("x-request-id")).toBe("0a1b2c");
    expect(error.message).toBe(
      "ListTasks failed with HTTP 400 Bad Request: DCS.4001: Invalid offset. Request id: 0a1b2c.",
    );
  });

  it("parse an HTML 502 from a gateway without crashing, keeping the raw text", async () => {
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const error = await failWith(502, html);
    expect(error.status).toBe(502);
    expect(error.body).toBe(html);
    expect(error.errorCode).toBeUndefined();
    expect(error.message).toMatch(
      /HTTP 502 Bad Gateway: the answer was not a JSON error body \(text\/html\)/,
    );
  });

  it("read the nested { error: { code, message } } shape", async () => {
    const error = await failWith(404, { error: { code: "DWS.0404", message: "cluster not found" } });
    expect(error).toMatchObject({ errorCode: "DWS.0404", errorMsg: "cluster not found" });
    expect(error.message).toMatch(/Not found: check the region or endpoint/);
  });

  it("take the request id from the body when the header is missing", async () => {
    const error = await failWith(400, {
      error_code: "APIGW.0101",
      error_msg: "api not found",
      request_id: "body-id",
    });
    expect(error.requestId).toBe("body-id");
  });

  it("point to the clock and the key pair on a 401 signature rejection", async () => {
    const error = await failWith(401, {
      error_code: "APIGW.0301",
      error_msg: "Incorrect IAM authentication information: verify aksk signature fail",
    });
    expect(error.message).toMatch(/signature was rejected: check that the AK and SK belong together/);
    expect(error.message).toMatch(/clock/);
    expect(error.message).toMatch(/clockOffsetMs/);
  });

  it("say the token may have expired on a 401 with an IAM token", async () => {
    const error = await failWith(
      401,
      { error_code: "APIGW.0301", error_msg: "decrypt token fail" },
      {},
      { iamToken: "t" },
    );
    expect(error.message).toMatch(/IAM token was rejected/);
  });

  it.each([
    ["PROXY.UNAUTHORIZED", /signing proxy refused the page's own authentication/],
    ["PROXY.UPSTREAM_UNAUTHORIZED", /cloud refused the signing proxy's own credentials/],
    ["APIGW.0301", /sent unsigned .*: point the endpoint at a signing proxy/],
  ])(
    "say what failed on a 401 to an unsigned call with %s, not that the endpoint must be a proxy",
    async (code, hint) => {
      const error = await failWith(401, { error_code: code, error_msg: "no" }, {}, "none");
      expect(error.message).toMatch(hint);
      expect(error.message).not.toMatch(/must be a signing proxy/);
    },
  );

  it("name the permission problem on a 403", async () => {
    const error = await failWith(403, {
      error_code: "DCS.4999",
      error_msg: "Policy doesn't allow dcs:task:list",
    });
    expect(error.message).toMatch(
      /Access denied: the credentials were accepted but are not allowed to call ListTasks/,
    );
    expect(error.message).toMatch(/grant the IAM user a policy/);
  });

  it("never contain the SK, the security token or the Authorization header", async () => {
    const error = await failWith(401, { error_code: "APIGW.0301", error_msg: "verify aksk signature fail" });
    const shown = [
      error.message,
      String(error),
      JSON.stringify(error),
      inspect(error, { depth: 10, showHidden: true }),
    ];
    for (const text of shown) {
      expect(text).not.toContain(SK);
      expect(text).not.toContain(TOKEN);
      expect(text).not.toMatch(/SDK-HMAC-SHA256/);
    }
  });
});

describe("error classes", () => {
  it.each([
    [HuaweiCloudError, "HuaweiCloudError", "http"],
    [HuaweiCloudNetworkError, "HuaweiCloudNetworkError", "network"],
    [HuaweiCloudTimeoutError, "HuaweiCloudTimeoutError", "timeout"],
    [HuaweiCloudAbortError, "HuaweiCloudAbortError", "abort"],
    [HuaweiCloudConfigError, "HuaweiCloudConfigError", "config"],
    [HuaweiCloudCredentialsError, "HuaweiCloudCredentialsError", "credentials"],
  ])("%o has a fixed name and kind and is a HuaweiCloudError", (Class, name, kind) => {
    const error = new Class("m");
    expect(error).toBeInstanceOf(HuaweiCloudError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name, kind, message: "m" });
    expect(String(error)).toBe(`${name}: m`);
  });

  it("WaiterError carries the waiter's outcome", () => {
    const error = new WaiterError("w", {
      waiter: "waitForJob",
      state: "FAIL",
      failReason: "r",
      timedOut: false,
    });
    expect(error).toMatchObject({
      name: "WaiterError",
      kind: "waiter",
      state: "FAIL",
      failReason: "r",
      timedOut: false,
    });
    expect(error).toBeInstanceOf(HuaweiCloudError);
  });
});

describe("error answers by status family", () => {
  it.each([
    [400, "bad_request"],
    [401, "authentication"],
    [403, "permission_denied"],
    [404, "not_found"],
    [409, "conflict"],
    [429, "rate_limit"],
    [500, "server"],
    [503, "server"],
    [418, "other"],
  ])("HTTP %i is a HuaweiCloudApiError with statusFamily %s", async (status, family) => {
    const error = await failWith(status, { error_code: "X.1", error_msg: "no" });
    expect(error).toBeInstanceOf(HuaweiCloudApiError);
    expect(error).toBeInstanceOf(HuaweiCloudError);
    expect(error).toMatchObject({ status, statusFamily: family, errorCode: "X.1" });
  });
});

describe("instanceof across two copies of the package (its ESM and CJS builds)", () => {
  it("an error made by one copy is an instance of the other copy's classes, and only of the right ones", async () => {
    vi.resetModules();
    // A second evaluation of the module: the same classes, different objects, as in a dual-package install.
    const other = (await import(`./errors.js?copy=${2}`)) as typeof import("./errors.js");
    expect(other.HuaweiCloudError).not.toBe(HuaweiCloudError);
    const timeout = new other.HuaweiCloudTimeoutError("t");
    expect(timeout).toBeInstanceOf(HuaweiCloudTimeoutError);
    expect(timeout).toBeInstanceOf(HuaweiCloudError);
    expect(timeout).not.toBeInstanceOf(HuaweiCloudNetworkError);
    expect(new HuaweiCloudApiError("a", { status: 404 })).toBeInstanceOf(other.HuaweiCloudApiError);
    expect(new other.HuaweiCloudError("x")).not.toBeInstanceOf(HuaweiCloudApiError);
    expect(new Error("plain")).not.toBeInstanceOf(other.HuaweiCloudError);
  });

  it("a caller's own subclass is checked by identity", () => {
    class MyError extends HuaweiCloudError {}
    expect(new MyError("m")).toBeInstanceOf(MyError);
    expect(new MyError("m")).toBeInstanceOf(HuaweiCloudError);
    expect(new HuaweiCloudError("h")).not.toBeInstanceOf(MyError);
  });
});
