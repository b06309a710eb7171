import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HuaweiCloudConfigError } from "@hwcloud/core";
import { replyJson, startRecordingUpstream } from "../test/recording-upstream.js";
import { nodeAdapter, webAdapter } from "../test/proxy-adapters.js";
import type { Allowlist } from "./allowlist.js";
import { createSigningProxy, type SigningProxyOptions } from "./proxy.js";

const KEYS = { ak: "PROXYTESTAK000000001", sk: "proxy-test-secret-key" };
const PAGE = "https://app.example";
const BASE = "https://my.site/hwcloud";
const TASKS = `${BASE}/dcs/v2/p1/tasks`;

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
/** Answers the upstream never sends (for time limits and cancellation). */
const hung: import("node:http").ServerResponse[] = [];

beforeAll(async () => {
  upstream = await startRecordingUpstream({ [KEYS.ak]: KEYS.sk }, async (received, res) => {
    if (received.url.includes("/jobs/missing")) {
      return replyJson(
        res,
        404,
        { error_code: "DCS.4404", error_msg: "job not found" },
        { "x-request-id": "r-404" },
      );
    }
    if (received.url.includes("/jobs/gateway-401")) {
      // What the API gateway says about a bad signature: it names the AK the proxy signed with.
      return replyJson(
        res,
        401,
        {
          error_code: "APIGW.0301",
          error_msg: `Incorrect IAM authentication information: AK ${KEYS.ak} ...`,
        },
        { "x-request-id": "r-401", "www-authenticate": "SDK-HMAC-SHA256" },
      );
    }
    if (received.url.includes("/jobs/forbidden")) {
      return replyJson(
        res,
        403,
        { error_code: "DCS.4031", error_msg: `user of ${KEYS.ak} may not read jobs`, request_id: "r-403" },
        {},
      );
    }
    if (received.url.includes("/jobs/broken")) {
      res.writeHead(500, { "content-type": "text/html" });
      return res.end(`<html>upstream trace: signing key ${KEYS.ak}</html>`);
    }
    if (received.url.includes("/jobs/hang")) {
      hung.push(res);
      return;
    }
    if (received.url.includes("/jobs/noisy")) {
      return replyJson(
        res,
        200,
        { job_id: "noisy" },
        {
          "x-request-id": "r-noisy",
          "strict-transport-security": "max-age=31536000",
          "www-authenticate": "Basic",
          "access-control-allow-origin": "*",
          "access-control-allow-headers": "*",
          "x-internal-host": "node-17.cloud.internal",
          "retry-after": "3",
        },
      );
    }
    if (received.url.includes("/jobs/slow")) {
      // First half now, second half only after the test has read the first: proves the answer streams.
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"job_id":"slow",');
      await new Promise((resolve) => setTimeout(resolve, 300));
      return res.end('"status":"SUCCESS"}');
    }
    replyJson(res, 200, { task_count: 0, tasks: [] }, { "x-request-id": "r-200", "set-cookie": "cloud=1" });
  });
});
afterAll(() => upstream.close());

// The specs' operations are all GETs; a fixture spec covers operations that take or refuse a body.
const bodyAllowlist: Allowlist = {
  demo: {
    regions: {},
    operations: [
      {
        operationId: "CreateThing",
        method: "POST",
        path: "/v1/{project_id}/things",
        parameters: [],
        requestBody: { required: true, contentTypes: ["application/json"] },
      },
      { operationId: "DeleteThings", method: "DELETE", path: "/v1/{project_id}/things", parameters: [] },
    ],
  },
};

/** Waits (bounded) for something the proxy does in the background, such as dropping a call. */
async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function errorOf(response: Response) {
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return (await response.json()) as { error_code: string; error_msg: string };
}

const refusals: [
  string,
  { request: () => Request; options?: Partial<SigningProxyOptions>; status: number; code: string },
][] = [
  [
    "an unknown service",
    { request: () => new Request(`${BASE}/ecs/v2/p1/tasks`), status: 404, code: "PROXY.UNKNOWN_OPERATION" },
  ],
  [
    "a path outside the base path",
    {
      request: () => new Request("https://my.site/v2/p1/tasks"),
      status: 404,
      code: "PROXY.UNKNOWN_OPERATION",
    },
  ],
  [
    "a path no operation has",
    {
      request: () => new Request(`${BASE}/dcs/v2/p1/instances`),
      status: 404,
      code: "PROXY.UNKNOWN_OPERATION",
    },
  ],
  [
    "a service that was not exposed",
    {
      request: () => new Request(`${BASE}/kafka/v2/p1/instances/i1/tasks`),
      status: 404,
      code: "PROXY.UNKNOWN_OPERATION",
    },
  ],
  [
    "a method the operation does not take",
    {
      request: () => new Request(TASKS, { method: "DELETE" }),
      status: 405,
      code: "PROXY.METHOD_NOT_ALLOWED",
    },
  ],
  [
    "a body over the limit",
    {
      request: () =>
        new Request(TASKS, { method: "POST", body: "x".repeat(2048), headers: { "content-length": "2048" } }),
      options: { maxBodyBytes: 1024 },
      status: 413,
      code: "PROXY.BODY_TOO_LARGE",
    },
  ],
  [
    "an origin not configured",
    {
      request: () => new Request(TASKS, { headers: { origin: "https://evil.example" } }),
      status: 403,
      code: "PROXY.ORIGIN_NOT_ALLOWED",
    },
  ],
  [
    "a cross-site request without an Origin",
    {
      request: () => new Request(TASKS, { headers: { "sec-fetch-site": "cross-site" } }),
      status: 403,
      code: "PROXY.ORIGIN_NOT_ALLOWED",
    },
  ],
  [
    "a request the authorize hook rejects",
    {
      request: () => new Request(TASKS),
      options: { authorize: () => false },
      status: 401,
      code: "PROXY.UNAUTHORIZED",
    },
  ],
  [
    "a request when the authorize hook throws",
    {
      request: () => new Request(TASKS),
      options: { authorize: () => Promise.reject(new Error("db down")) },
      status: 500,
      code: "PROXY.AUTHORIZE_FAILED",
    },
  ],
  [
    "another project",
    {
      request: () => new Request(TASKS),
      options: { projectId: "p2" },
      status: 403,
      code: "PROXY.PROJECT_NOT_ALLOWED",
    },
  ],
  [
    "a parameter outside its schema",
    { request: () => new Request(`${TASKS}?limit=5000`), status: 400, code: "PROXY.INVALID_PARAMETER" },
  ],
  [
    "a parameter the spec does not have",
    { request: () => new Request(`${TASKS}?admin=true`), status: 400, code: "PROXY.INVALID_PARAMETER" },
  ],
  [
    "an encoded slash in a path parameter",
    {
      request: () => new Request(`${BASE}/dcs/v2/p1/jobs/..%2F..%2Fv3%2Fp1%2Finstances`),
      status: 400,
      code: "PROXY.INVALID_PARAMETER",
    },
  ],
  [
    "a path parameter outside its format",
    {
      request: () => new Request(`${BASE}/dws/v2/p1/clusters/not-a-uuid/logical-clusters/tasks`),
      options: { endpoints: { dws: "http://127.0.0.1:9" } },
      status: 400,
      code: "PROXY.INVALID_PARAMETER",
    },
  ],
  ...(
    [
      ["..;", `${BASE}/dcs/v2/p1/jobs/..;/tasks`],
      ["%2e%2e%3b", `${BASE}/dcs/v2/p1/jobs/%2e%2e%3b`],
      ["%2E%2E%3B with a suffix", `${BASE}/dcs/v2/p1/jobs/%2E%2E%3Bx=1`],
      ["a double-encoded dot segment", `${BASE}/dcs/v2/p1/jobs/%252e%252e`],
      ["a double-encoded slash", `${BASE}/dcs/v2/p1/jobs/a%252fb`],
      ["a fullwidth dot segment", `${BASE}/dcs/v2/p1/jobs/%EF%BC%8E%EF%BC%8E`],
      ["an encoded CR LF", `${BASE}/dcs/v2/p1/jobs/a%0d%0ab`],
    ] as const
  ).map(
    ([form, url]) =>
      [
        `the dot-segment or encoding variant ${form}`,
        { request: () => new Request(url), status: 400, code: "PROXY.INVALID_PARAMETER" },
      ] satisfies (typeof refusals)[number],
  ),
  [
    "a method the proxy does not implement",
    {
      request: () => new Request(TASKS, { method: "PROPFIND" }),
      status: 501,
      code: "PROXY.METHOD_NOT_IMPLEMENTED",
    },
  ],
  [
    "a page whose Origin matches the request URL but not the configured origin",
    {
      request: () => new Request(TASKS, { headers: { origin: "https://my.site" } }),
      options: { origin: "https://api.my.site", allowedOrigins: [] },
      status: 403,
      code: "PROXY.ORIGIN_NOT_ALLOWED",
    },
  ],
  [
    "a time in the wrong format",
    {
      request: () => new Request(`${TASKS}?start_time=2024-01-01`),
      status: 400,
      code: "PROXY.INVALID_PARAMETER",
    },
  ],
];

describe.each([webAdapter, nodeAdapter()])("through $name", (adapter) => {
  afterAll(() => adapter.closeAll());

  function proxyWith(overrides: Partial<SigningProxyOptions> = {}) {
    return adapter.start({
      credentials: KEYS,
      endpoints: { dcs: upstream.origin },
      allowedOrigins: [PAGE],
      ...overrides,
    });
  }

  describe("forwarding", () => {
    it("forwards an allowed call signed for the real endpoint and returns the answer", async () => {
      const before = upstream.received.length;
      const response = await proxyWith()(new Request(`${TASKS}?offset=0&limit=10`));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ task_count: 0, tasks: [] });
      expect(response.headers.get("x-request-id")).toBe("r-200");
      const seen = upstream.received[before]!;
      expect(seen.url).toBe(`${upstream.origin}/v2/p1/tasks?offset=0&limit=10`);
      expect(seen.verified).toMatchObject({ ok: true, ak: KEYS.ak });
      expect(seen.headers.get("x-project-id")).toBe("p1");
    });

    it("signs with the security token of temporary credentials from a provider", async () => {
      const before = upstream.received.length;
      let calls = 0;
      const proxy = proxyWith({
        credentials: async () => {
          calls += 1;
          return { ...KEYS, securityToken: "temporary-token" };
        },
      });
      expect((await proxy(new Request(TASKS))).status).toBe(200);
      expect((await proxy(new Request(TASKS))).status).toBe(200);
      expect(calls).toBe(2);
      const seen = upstream.received[before]!;
      expect(seen.verified.ok).toBe(true);
      expect(seen.headers.get("x-security-token")).toBe("temporary-token");
    });

    it("never forwards the caller's credentials, signature, cookies or other headers", async () => {
      const before = upstream.received.length;
      const response = await proxyWith()(
        new Request(TASKS, {
          headers: {
            authorization: "SDK-HMAC-SHA256 Access=EVIL, SignedHeaders=x-sdk-date, Signature=00",
            "x-sdk-date": "20000101T000000Z",
            "x-security-token": "stolen",
            "x-auth-token": "stolen",
            cookie: "session=1",
            "x-forwarded-for": "10.0.0.1",
            accept: "application/json",
          },
        }),
      );
      expect(response.status).toBe(200);
      const seen = upstream.received[before]!;
      expect(seen.verified).toMatchObject({ ok: true, ak: KEYS.ak });
      expect(seen.headers.get("x-sdk-date")).not.toBe("20000101T000000Z");
      for (const name of ["x-security-token", "x-auth-token", "cookie", "x-forwarded-for"]) {
        expect(seen.headers.get(name), name).toBeNull();
      }
      expect(seen.headers.get("accept")).toBe("application/json");
    });

    it("relays the cloud's error code, message and request id in the proxy's own body", async () => {
      const response = await proxyWith()(new Request(`${BASE}/dcs/v2/p1/jobs/missing`));
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        error_code: "DCS.4404",
        error_msg: "job not found",
        request_id: "r-404",
      });
      expect(response.headers.get("x-request-id")).toBe("r-404");
    });

    it("never shows the page a gateway 401 as the cloud wrote it (it names the proxy's AK)", async () => {
      const response = await proxyWith()(new Request(`${BASE}/dcs/v2/p1/jobs/gateway-401`));
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(text).not.toContain(KEYS.ak);
      expect(JSON.parse(text)).toEqual({
        error_code: "PROXY.UPSTREAM_UNAUTHORIZED",
        error_msg: expect.stringMatching(/refused the proxy's credentials/),
        request_id: "r-401",
      });
      expect(response.headers.get("www-authenticate")).toBeNull();
    });

    it("cuts the proxy's credentials out of any other cloud error message", async () => {
      const response = await proxyWith()(new Request(`${BASE}/dcs/v2/p1/jobs/forbidden`));
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error_code: "DCS.4031",
        error_msg: "user of [redacted] may not read jobs",
        request_id: "r-403",
      });
    });

    it("answers an unreadable cloud error with a typed body instead of the cloud's bytes", async () => {
      const response = await proxyWith()(new Request(`${BASE}/dcs/v2/p1/jobs/broken`));
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toContain(KEYS.ak);
      expect(JSON.parse(text)).toMatchObject({ error_code: "PROXY.UPSTREAM_ERROR" });
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    });

    it("forwards only allowlisted response headers (media type, request id, date, retry-after)", async () => {
      const response = await proxyWith()(
        new Request(`${BASE}/dcs/v2/p1/jobs/noisy`, { headers: { origin: PAGE } }),
      );
      expect(response.status).toBe(200);
      const names = [...response.headers.keys()].filter(
        (name) => !["connection", "keep-alive", "transfer-encoding", "content-length"].includes(name),
      );
      expect(names.sort()).toEqual([
        "access-control-allow-origin",
        "access-control-expose-headers",
        "content-type",
        "date",
        "retry-after",
        "vary",
        "x-request-id",
      ]);
      expect(response.headers.get("access-control-allow-origin")).toBe(PAGE);
    });

    it("streams the answer instead of buffering it", async () => {
      const response = await proxyWith()(new Request(`${BASE}/dcs/v2/p1/jobs/slow`));
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      const started = Date.now();
      const first = await reader.read();
      expect(Date.now() - started).toBeLessThan(250);
      let text = decoder.decode(first.value);
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
        text += decoder.decode(chunk.value);
      expect(JSON.parse(text)).toEqual({ job_id: "slow", status: "SUCCESS" });
    });

    it("drops cloud cookies from the answer", async () => {
      const response = await proxyWith()(new Request(TASKS));
      expect(response.headers.get("set-cookie")).toBeNull();
    });

    it("resolves the endpoint from the region as the clients do", async () => {
      const targets: string[] = [];
      const proxy = adapter.start({
        credentials: KEYS,
        region: "cn-north-4",
        fetch: async (input) => {
          targets.push(String(input));
          return new Response("{}", { headers: { "content-type": "application/json" } });
        },
      });
      await proxy(new Request(`${BASE}/kafka/v2/p1/instances/i1/tasks?start=1&limit=10`));
      await proxy(new Request(`${BASE}/dcs/v2/p1/tasks`));
      expect(targets).toEqual([
        "https://dms.cn-north-4.myhuaweicloud.com/v2/p1/instances/i1/tasks?start=1&limit=10",
        "https://dcs.cn-north-4.myhuaweicloud.com/v2/p1/tasks",
      ]);
    });

    it("answers 502 without details when the cloud cannot be reached", async () => {
      const proxy = proxyWith({ endpoints: { dcs: "http://127.0.0.1:9" } });
      const response = await proxy(new Request(TASKS));
      expect(response.status).toBe(502);
      expect((await errorOf(response)).error_code).toBe("PROXY.UPSTREAM_FAILED");
    });
  });

  describe("CORS", () => {
    it("adds CORS headers for a configured origin and exposes the request id and Date", async () => {
      const response = await proxyWith()(new Request(TASKS, { headers: { origin: PAGE } }));
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe(PAGE);
      expect(response.headers.get("access-control-expose-headers")).toBe("X-Request-Id, Date");
      expect(response.headers.get("vary")).toBe("Origin");
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    });

    it.each([
      ["a server-side caller", {}],
      ["a same-origin page", { origin: "https://my.site", "sec-fetch-site": "same-origin" }],
    ])("lets %s through without CORS headers", async (_name, headers) => {
      const response = await proxyWith({ allowedOrigins: [] })(new Request(TASKS, { headers }));
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    });

    it("answers a preflight with the operation's method and only the headers it forwards", async () => {
      const before = upstream.received.length;
      const response = await proxyWith()(
        new Request(TASKS, {
          method: "OPTIONS",
          headers: {
            origin: PAGE,
            "access-control-request-method": "GET",
            "access-control-request-headers": "content-type, authorization, x-sdk-date",
          },
        }),
      );
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe(PAGE);
      expect(response.headers.get("access-control-allow-methods")).toBe("GET");
      expect(response.headers.get("access-control-allow-headers")).toBe("content-type");
      expect(upstream.received.length).toBe(before);
    });

    it("lets pages send extra headers for the authorize hook without forwarding them", async () => {
      const before = upstream.received.length;
      const proxy = proxyWith({
        allowRequestHeaders: ["Authorization", "X-Session"],
        authorize: (request) => request.headers.get("authorization") === "Bearer page-session",
      });
      const preflight = await proxy(
        new Request(TASKS, {
          method: "OPTIONS",
          headers: {
            origin: PAGE,
            "access-control-request-method": "GET",
            "access-control-request-headers": "authorization,x-session,x-other",
          },
        }),
      );
      expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization, x-session");
      const response = await proxy(
        new Request(TASKS, {
          headers: { origin: PAGE, authorization: "Bearer page-session", "x-session": "s1" },
        }),
      );
      expect(response.status).toBe(200);
      const seen = upstream.received[before]!;
      expect(seen.verified.ok).toBe(true);
      expect(seen.headers.get("authorization")).not.toContain("page-session");
      expect(seen.headers.get("x-session")).toBeNull();
    });

    it("allows credentials and a predicate for origins when configured", async () => {
      const proxy = proxyWith({ allowedOrigins: (o) => o.endsWith(".example"), allowCredentials: true });
      const response = await proxy(new Request(TASKS, { headers: { origin: "https://other.example" } }));
      expect(response.headers.get("access-control-allow-credentials")).toBe("true");
    });
  });

  describe("refusals", () => {
    it.each(refusals)(
      "refuses %s with a JSON error and forwards nothing",
      async (_name, { request, options, status, code }) => {
        const before = upstream.received.length;
        const response = await proxyWith(options)(request());
        expect(response.status).toBe(status);
        const body = await errorOf(response);
        expect(body.error_code).toBe(code);
        expect(body.error_msg).not.toBe("");
        expect(upstream.received.length).toBe(before);
      },
    );

    it("names the allowed methods on a 405", async () => {
      const response = await proxyWith()(new Request(TASKS, { method: "PUT" }));
      expect(response.headers.get("allow")).toBe("GET");
    });

    it("says which parameter is wrong and why", async () => {
      const response = await proxyWith()(new Request(`${TASKS}?limit=5000&offset=x`));
      expect((await errorOf(response)).error_msg).toBe(
        'query parameter "offset" must be an integer; query parameter "limit" must be <= 1000',
      );
    });

    it("passes the operation to the authorize hook", async () => {
      const seen: unknown[] = [];
      const proxy = proxyWith({
        authorize: (request, operation) => {
          seen.push(operation);
          return request.headers.get("x-session") === "ok";
        },
      });
      expect(
        (await proxy(new Request(`${BASE}/dcs/v2/p1/jobs/j1`, { headers: { "x-session": "no" } }))).status,
      ).toBe(401);
      expect(seen).toEqual([
        {
          service: "dcs",
          operationId: "ShowJobInfo",
          method: "GET",
          path: "/v2/{project_id}/jobs/{job_id}",
          pathParams: { project_id: "p1", job_id: "j1" },
        },
      ]);
    });

    it("keeps credentials out of the error when the provider fails", async () => {
      const proxy = proxyWith({ credentials: () => Promise.reject(new Error(`cannot use sk ${KEYS.sk}`)) });
      const response = await proxy(new Request(TASKS));
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).toContain("PROXY.CREDENTIALS_FAILED");
      expect(text).not.toContain(KEYS.sk);
    });
  });

  describe("time limits", () => {
    it("answers 408 when the page's body does not arrive within bodyTimeoutMs", async () => {
      const before = upstream.received.length;
      const stalled = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"name":'));
        },
      });
      const response = await proxyWith({
        allowlist: bodyAllowlist,
        endpoints: { demo: upstream.origin },
        bodyTimeoutMs: 200,
      })(
        new Request(`${BASE}/demo/v1/p1/things`, {
          method: "POST",
          body: stalled,
          headers: { "content-type": "application/json" },
          duplex: "half",
        } as RequestInit),
      );
      expect(response.status).toBe(408);
      expect((await errorOf(response)).error_code).toBe("PROXY.BODY_TIMEOUT");
      expect(upstream.received.length).toBe(before);
    });

    it("answers 504 when the cloud stays silent for upstreamTimeoutMs, and drops that call", async () => {
      const waiting = hung.length;
      const response = await proxyWith({ upstreamTimeoutMs: 200 })(
        new Request(`${BASE}/dcs/v2/p1/jobs/hang`),
      );
      expect(response.status).toBe(504);
      expect((await errorOf(response)).error_code).toBe("PROXY.UPSTREAM_TIMEOUT");
      const call = hung[waiting]!;
      await until(() => call.closed);
    });

    it("answers 503 when the credentials provider hangs past credentialsTimeoutMs, signing nothing", async () => {
      const before = upstream.received.length;
      const response = await proxyWith({
        credentials: () => new Promise(() => {}),
        credentialsTimeoutMs: 200,
      })(new Request(TASKS));
      expect(response.status).toBe(503);
      expect((await errorOf(response)).error_code).toBe("PROXY.CREDENTIALS_TIMEOUT");
      expect(upstream.received.length).toBe(before);
    });
  });

  describe("request bodies", () => {
    const allowlist = bodyAllowlist;
    const proxy = () => proxyWith({ allowlist, endpoints: { demo: upstream.origin } });
    const url = `${BASE}/demo/v1/p1/things`;

    it("forwards a body the operation takes, signed over its bytes", async () => {
      const before = upstream.received.length;
      const body = JSON.stringify({ name: "a" });
      const response = await proxy()(
        new Request(url, { method: "POST", body, headers: { "content-type": "application/json" } }),
      );
      expect(response.status).toBe(200);
      expect(upstream.received[before]).toMatchObject({ method: "POST", body, verified: { ok: true } });
    });

    it("refuses a streamed body that passes the limit without a Content-Length", async () => {
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(new Uint8Array(64 * 1024));
        },
      });
      const request = new Request(url, {
        method: "POST",
        body: stream,
        headers: { "content-type": "application/json" },
        duplex: "half",
      } as RequestInit);
      const response = await proxyWith({
        allowlist,
        endpoints: { demo: upstream.origin },
        maxBodyBytes: 100_000,
      })(request);
      expect(response.status).toBe(413);
    });

    it.each([
      ["a body on an operation that takes none", { method: "DELETE", body: "{}", type: "application/json" }],
      ["a missing required body", { method: "POST", body: undefined, type: "application/json" }],
      [
        "a body of another media type",
        { method: "POST", body: "a=1", type: "application/x-www-form-urlencoded" },
      ],
    ])("refuses %s", async (_name, { method, body, type }) => {
      const response = await proxy()(new Request(url, { method, body, headers: { "content-type": type } }));
      expect(response.status).toBe(400);
      expect((await errorOf(response)).error_code).toBe("PROXY.INVALID_PARAMETER");
    });
  });
});

describe("configuration", () => {
  it.each([
    ["maxBodyBytes", Number.NaN],
    ["maxBodyBytes", Number.POSITIVE_INFINITY],
    ["maxBodyBytes", -1],
    ["maxBodyBytes", 1.5],
    ["maxBodyBytes", "1024"],
    ["bodyTimeoutMs", 0],
    ["bodyTimeoutMs", Number.NaN],
    ["upstreamTimeoutMs", -5],
    ["upstreamTimeoutMs", 2 ** 31],
    ["credentialsTimeoutMs", "10s"],
    ["credentialsTimeoutMs", null],
  ])("refuses %s: %s with a config error naming the option", (name, value) => {
    const create = () =>
      createSigningProxy({ credentials: KEYS, region: "cn-north-4", [name]: value } as SigningProxyOptions);
    expect(create).toThrow(HuaweiCloudConfigError);
    expect(create).toThrow(new RegExp(`${name} must be a whole number`));
  });

  it("refuses an origin option that is not a bare origin", () => {
    expect(() =>
      createSigningProxy({ credentials: KEYS, region: "cn-north-4", origin: "https://api.example/" }),
    ).toThrow(/origin must be a bare origin/);
  });

  it.each([
    ["no region and no endpoints", {}, /pass `region` or `endpoints`/],
    ["an unknown region", { region: "mars-1" }, /unknown region "mars-1"/],
    ["an unknown service", { region: "cn-north-4", services: ["ecs"] }, /unknown service "ecs"/],
    [
      "an origin with a path",
      { region: "cn-north-4", allowedOrigins: ["https://app.example/"] },
      /bare origins/,
    ],
  ] as const)("throws a config error for %s", (_name, options, message) => {
    expect(() => createSigningProxy({ credentials: KEYS, ...options })).toThrow(HuaweiCloudConfigError);
    expect(() => createSigningProxy({ credentials: KEYS, ...options })).toThrow(message);
  });

  it("refuses malformed static credentials at creation without echoing them", () => {
    expect(() =>
      createSigningProxy({ credentials: { ak: "A K", sk: "s3cret" }, region: "cn-north-4" }),
    ).toThrow(/ak must not contain spaces/);
  });
});
