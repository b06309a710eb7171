import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { HuaweiCloudConfigError, HuaweiCloudCredentialsError } from "./errors.js";
import { AK, SK, TOKEN, signatureOf } from "./test-support/signature.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { json, startServer, type TestServer } from "./test-support/server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(body: unknown = { tasks: [], count: 0 }) {
  server = await startServer((_req, res) => json(res, 200, body, { "X-Request-Id": "req-1" }));
  return server;
}

describe("operation methods", () => {
  it("sends a signed GET with project_id filled from projectId and X-Project-Id, and resolves to the body", async () => {
    const s = await serve({ tasks: [{ id: "t1" }], count: 1 });
    const client = createTestClient({
      endpoint: s.url,
      projectId: "proj-1",
      credentials: { ak: AK, sk: SK },
    });
    const result = await client.listTasks({ query: { offset: 0, limit: 10 } });
    expect(result).toEqual({ tasks: [{ id: "t1" }], count: 1 });
    expect(s.requests).toHaveLength(1);
    const [req] = s.requests;
    expect(req).toMatchObject({
      method: "GET",
      path: "/v2/proj-1/tasks",
      query: { offset: "0", limit: "10" },
    });
    expect(req!.headers["x-project-id"]).toBe("proj-1");
    expect(req!.headers["x-sdk-date"]).toMatch(/^\d{8}T\d{6}Z$/);
    expect(req!.headers.authorization).toMatch(
      /^SDK-HMAC-SHA256 Access=TESTAK0000000000EXAMPLE, SignedHeaders=.*x-project-id.*x-sdk-date/,
    );
    expect(await signatureOf(req!)).toMatchObject({ ok: true });
  });

  it("lets the caller's path.project_id win over the client's projectId", async () => {
    const s = await serve();
    const client = createTestClient({
      endpoint: s.url,
      projectId: "proj-1",
      credentials: { ak: AK, sk: SK },
    });
    await client.listTasks({ path: { project_id: "other" } });
    expect(s.requests[0]!.path).toBe("/v2/other/tasks");
  });

  it("fills other path parameters and encodes them", async () => {
    const s = await serve({ job_id: "a b", status: "SUCCESS" });
    const client = createTestClient({ endpoint: s.url, projectId: "p", credentials: { ak: AK, sk: SK } });
    await client.showJob({ path: { job_id: "a b" } });
    expect(s.requests[0]!.path).toBe("/v2/p/jobs/a%20b");
    expect(await signatureOf(s.requests[0]!)).toMatchObject({ ok: true });
  });

  it("formats Date query parameters with the operation's documented pattern", async () => {
    const s = await serve();
    const client = createTestClient({ endpoint: s.url, projectId: "p", credentials: { ak: AK, sk: SK } });
    const at = new Date(Date.UTC(2024, 4, 1, 8, 30, 5));
    await client.listTasks({ query: { start_time: at, end_time: at } });
    expect(s.requests[0]!.query).toEqual({
      start_time: "20240501083005",
      end_time: "2024-05-01T08:30:05+0000",
    });
  });

  it("keeps string time parameters as given", async () => {
    const s = await serve();
    const client = createTestClient({ endpoint: s.url, projectId: "p", credentials: { ak: AK, sk: SK } });
    await client.listTasks({ query: { start_time: "20240101000000" } });
    expect(s.requests[0]!.query).toEqual({ start_time: "20240101000000" });
  });

  it("sends the endpoint's path prefix (a proxy mount point) before the operation path", async () => {
    const s = await serve();
    const client = createTestClient({
      endpoint: `${s.url}/hwcloud/testsvc/`,
      projectId: "p",
      credentials: "none",
    });
    await client.listTasks();
    expect(s.requests[0]!.path).toBe("/hwcloud/testsvc/v2/p/tasks");
  });

  it("sends the client's default headers and the operation's header parameters", async () => {
    const s = await serve({ jobs: [] });
    const client = createTestClient({
      endpoint: s.url,
      projectId: "p",
      credentials: { ak: AK, sk: SK },
      headers: { "X-Language": "en-us" },
    });
    await client.listJobs({ header: { "X-Trace": "abc" } });
    expect(s.requests[0]!.headers).toMatchObject({ "x-language": "en-us", "x-trace": "abc" });
    expect(await signatureOf(s.requests[0]!)).toMatchObject({ ok: true });
  });

  it("sends a JSON body for operations that take one", async () => {
    server = await startServer((_req, res) => json(res, 202, { id: "x1" }));
    const client = createTestClient({
      endpoint: server.url,
      projectId: "p",
      credentials: { ak: AK, sk: SK },
    });
    expect(await client.createThing({ body: { name: "n" } })).toEqual({ id: "x1" });
    const [req] = server.requests;
    expect(req).toMatchObject({ method: "POST", path: "/v2/p/things", body: '{"name":"n"}' });
    expect(req!.headers["content-type"]).toBe("application/json");
    expect(await signatureOf(req!)).toMatchObject({ ok: true });
  });
});

describe("bad parameters fail before any request", () => {
  it.each([
    [
      "a missing project id",
      { projectId: undefined },
      (c: ReturnType<typeof createTestClient>) => c.listTasks(),
      /no project id; pass projectId/,
    ],
    [
      "a missing path parameter",
      {},
      (c: ReturnType<typeof createTestClient>) => c.showJob({ path: {} as never }),
      /ShowJob: path\.job_id is required/,
    ],
    [
      "a Date where no time format is documented",
      {},
      (c: ReturnType<typeof createTestClient>) => c.listTasks({ query: { limit: new Date() as never } }),
      /query\.limit is a Date, but the API documents no time format/,
    ],
  ])("rejects %s with HuaweiCloudConfigError", async (_name, extra, call, message) => {
    const s = await serve();
    const client = createTestClient({
      endpoint: s.url,
      projectId: "p",
      credentials: { ak: AK, sk: SK },
      ...extra,
    });
    const error = await call(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudConfigError);
    expect((error as Error).message).toMatch(message);
    expect(s.requests).toHaveLength(0);
  });

  it.each([
    ["maxRetries", { maxRetries: -1 }, /maxRetries must be a non-negative integer/],
    ["timeout", { timeout: Number.NaN }, /timeout must be a non-negative number/],
    ["clockOffsetMs", { clockOffsetMs: Number.POSITIVE_INFINITY }, /clockOffsetMs must be a finite number/],
  ])("rejects a bad %s option", (_name, extra, message) => {
    expect(() => createTestClient({ endpoint: "http://127.0.0.1:1", credentials: "none", ...extra })).toThrow(
      message,
    );
  });
});

describe("the openapi-fetch client underneath", () => {
  it("signs raw GET calls and returns { data, response }", async () => {
    const s = await serve({ tasks: [], count: 0 });
    const client = createTestClient({ endpoint: s.url, projectId: "p", credentials: { ak: AK, sk: SK } });
    const { data, error, response } = await client.GET("/v2/{project_id}/tasks", {
      params: { path: { project_id: "p" }, query: { limit: 5 } },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual({ tasks: [], count: 0 });
    expect(response.status).toBe(200);
    expect(s.requests[0]).toMatchObject({ path: "/v2/p/tasks", query: { limit: "5" } });
    expect(await signatureOf(s.requests[0]!)).toMatchObject({ ok: true });
  });

  it("signs headers that middleware adds, because signing happens beneath the middleware chain", async () => {
    const s = await serve();
    const client = createTestClient({ endpoint: s.url, projectId: "p", credentials: { ak: AK, sk: SK } });
    client.use({
      onRequest({ request }) {
        request.headers.set("X-Added-By-Middleware", "yes");
        return request;
      },
    });
    await client.listTasks();
    const [req] = s.requests;
    expect(req!.headers["x-added-by-middleware"]).toBe("yes");
    expect(req!.headers.authorization).toMatch(/x-added-by-middleware/);
    expect(await signatureOf(req!)).toMatchObject({ ok: true });
  });
});

describe("parameters and header values are checked before sending", () => {
  it.each([".", ".."])("refuses path parameter %j, which URL parsing would resolve away", async (value) => {
    const s = await serve();
    const client = createTestClient({ endpoint: s.url, projectId: "p", credentials: "none" });
    await expect(client.showJob({ path: { job_id: value } })).rejects.toThrow(
      `ShowJob: path.job_id must not be "${value}"`,
    );
    expect(s.requests).toHaveLength(0);
  });

  it("still sends path parameters that merely contain dots, encoded", async () => {
    const s = await serve({ status: "SUCCESS" });
    const client = createTestClient({ endpoint: s.url, projectId: "p", credentials: "none" });
    await client.showJob({ path: { job_id: "..." } });
    await client.showJob({ path: { job_id: "../x" } });
    expect(s.requests.map((r) => r.path)).toEqual(["/v2/p/jobs/...", "/v2/p/jobs/..%2Fx"]);
  });

  const SECRETISH = "value-that-must-not-be-echoed";
  it.each([
    ["projectId", { projectId: `${SECRETISH}\r\nX-Evil: 1` }],
    ["headers.X-Trace", { headers: { "X-Trace": `${SECRETISH}\n` } }],
  ])("refuses %s holding CR/LF with a HuaweiCloudConfigError that does not echo it", (name, extra) => {
    const create = () => createTestClient({ endpoint: "http://127.0.0.1:1", credentials: "none", ...extra });
    const error = (() => {
      try {
        create();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(HuaweiCloudConfigError);
    expect((error as Error).message).toMatch(
      new RegExp(`^${name.replace(".", "\\.")} must not hold line breaks`),
    );
    expect(inspect(error)).not.toContain(SECRETISH);
  });

  it.each(["X Trace", "X-Trace\r\n", ""])(
    "refuses a headers option named %j with a HuaweiCloudConfigError",
    (name) => {
      expect(() =>
        createTestClient({ endpoint: "http://127.0.0.1:1", credentials: "none", headers: { [name]: "v" } }),
      ).toThrow(HuaweiCloudConfigError);
    },
  );

  it("refuses a header parameter holding CR/LF without echoing it, before sending", async () => {
    const s = await serve();
    const client = createTestClient({ endpoint: s.url, projectId: "p", credentials: "none" });
    const error = await client
      .listJobs({ header: { "X-Trace": `${SECRETISH}\r\n` } } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudConfigError);
    expect(inspect(error)).not.toContain(SECRETISH);
    expect(s.requests).toHaveLength(0);
  });
});

describe("authentication modes", () => {
  it("sends X-Auth-Token and no signature with an IAM token", async () => {
    const s = await serve();
    const client = createTestClient({
      endpoint: s.url,
      projectId: "p",
      credentials: { iamToken: "iam-token-value" },
    });
    await client.listTasks();
    const headers = s.requests[0]!.headers;
    expect(headers["x-auth-token"]).toBe("iam-token-value");
    expect(headers.authorization).toBeUndefined();
    expect(headers["x-sdk-date"]).toBeUndefined();
  });

  it("asks an IAM token function for the token on each request", async () => {
    const s = await serve();
    let calls = 0;
    const client = createTestClient({
      endpoint: s.url,
      projectId: "p",
      credentials: { iamToken: async () => `token-${++calls}` },
    });
    await client.listTasks();
    await client.listTasks();
    expect(s.requests.map((r) => r.headers["x-auth-token"])).toEqual(["token-1", "token-2"]);
  });

  it('sends nothing secret with credentials "none" (for a signing proxy)', async () => {
    const s = await serve();
    const client = createTestClient({ endpoint: s.url, projectId: "p", credentials: "none" });
    await client.listTasks();
    const headers = s.requests[0]!.headers;
    for (const name of ["authorization", "x-sdk-date", "x-auth-token", "x-security-token", "x-project-id"]) {
      expect(headers[name]).toBeUndefined();
    }
  });

  it("signs with temporary credentials from an async provider, sending X-Security-Token", async () => {
    const s = await serve();
    let calls = 0;
    const client = createTestClient({
      endpoint: s.url,
      projectId: "p",
      credentials: async () => {
        calls++;
        return { ak: AK, sk: SK, securityToken: TOKEN, expiresAt: new Date(Date.now() + 3_600_000) };
      },
    });
    await client.listTasks();
    await client.listTasks();
    expect(calls).toBe(1);
    const [req] = s.requests;
    expect(req!.headers["x-security-token"]).toBe(TOKEN);
    expect(req!.headers.authorization).toMatch(/x-security-token/);
    expect(await signatureOf(req!)).toMatchObject({ ok: true });
  });

  it("asks the provider again when its credentials are about to expire", async () => {
    const s = await serve();
    let calls = 0;
    const client = createTestClient({
      endpoint: s.url,
      projectId: "p",
      credentials: async () => {
        calls++;
        return { ak: AK, sk: SK, securityToken: TOKEN, expiresAt: Date.now() + 60_000 };
      },
    });
    await client.listTasks();
    await client.listTasks();
    expect(calls).toBe(2);
  });

  it.each([
    ["an empty ak", { ak: "", sk: SK }, /credentials: ak must be a non-empty string/],
    ["a missing sk", { ak: AK }, /credentials: sk must be a non-empty string/],
    ["an empty IAM token", { iamToken: "" }, /credentials.iamToken must be a non-empty string/],
    ["a number", 42, /credentials must be/],
  ])("rejects %s without echoing it", (_name, credentials, message) => {
    const create = () =>
      createTestClient({ endpoint: "http://127.0.0.1:1", credentials: credentials as never });
    expect(create).toThrow(HuaweiCloudConfigError);
    expect(create).toThrow(message);
  });

  it("keeps the credentials out of the client object", () => {
    const client = createTestClient({
      endpoint: "http://127.0.0.1:1",
      credentials: { ak: AK, sk: SK, securityToken: TOKEN },
    });
    const shown = inspect(client, { depth: 10, showHidden: true }) + JSON.stringify(client);
    expect(shown).not.toContain(SK);
    expect(shown).not.toContain(TOKEN);
  });

  it("rejects a success answer that is not JSON with HuaweiCloudError", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end("<html>maintenance</html>");
    });
    const client = createTestClient({ endpoint: server.url, projectId: "p", credentials: "none" });
    await expect(client.listTasks()).rejects.toThrow(
      /ListTasks: the success answer could not be parsed as JSON/,
    );
  });

  it("surfaces a credentials provider's own failure as HuaweiCloudCredentialsError, keeping it as cause", async () => {
    const s = await serve();
    const failure = new Error(`vault unreachable for ${SK}`);
    const client = createTestClient({
      endpoint: s.url,
      projectId: "p",
      credentials: async () => {
        throw failure;
      },
    });
    const error = await client.listTasks().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudCredentialsError);
    expect(error).toMatchObject({ kind: "credentials", cause: failure });
    expect((error as Error).message).not.toContain(SK);
    expect(s.requests).toHaveLength(0);
  });

  it("sends through the fetch given in the options, to the region's endpoint", async () => {
    const urls: string[] = [];
    const client = createTestClient({
      region: "cn-north-4",
      projectId: "p",
      credentials: { ak: AK, sk: SK },
      fetch: async (input) => {
        const request = input as Request;
        urls.push(`${request.method} ${request.url} ${request.headers.has("authorization")}`);
        return new Response('{"tasks":[],"count":0}', { headers: { "Content-Type": "application/json" } });
      },
    });
    expect(await client.listTasks({ query: { limit: 1 } })).toEqual({ tasks: [], count: 0 });
    expect(urls).toEqual(["GET https://testsvc.cn-north-4.myhuaweicloud.com/v2/p/tasks?limit=1 true"]);
  });
});
