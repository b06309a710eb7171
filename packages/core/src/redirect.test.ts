import { afterEach, describe, expect, it } from "vitest";
import { HuaweiCloudRedirectError } from "./errors.js";
import { AK, SK, TOKEN, signatureOf } from "./test-support/signature.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { json, startServer, type TestServer } from "./test-support/server.js";
import type { ClientOptions } from "./types.js";

// These tests go through the client's own transport (no `fetch` option), whichever that is, to real
// servers on 127.0.0.1; two ports are two origins.
let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(script: Parameters<typeof startServer>[0]) {
  const server = await startServer(script);
  servers.push(server);
  return server;
}

/** A server that records every request and answers 200: the origin a redirect points to. */
const elsewhere = () => serve((_req, res) => json(res, 200, { tasks: [{ id: "from-elsewhere" }], count: 1 }));

const credentialModes: Array<[string, ClientOptions["credentials"], string]> = [
  ["temporary AK/SK", { ak: AK, sk: SK, securityToken: TOKEN }, "x-security-token"],
  ["an IAM token", { iamToken: TOKEN }, "x-auth-token"],
];

describe("redirects: credentials never reach another origin", () => {
  it.each(
    [301, 302, 303, 307, 308].flatMap((status) =>
      credentialModes.map(([mode, credentials, header]) => [status, mode, credentials, header] as const),
    ),
  )(
    "a %i to another origin with %s is a HuaweiCloudRedirectError naming the Location, and nothing is sent there",
    async (status, _mode, credentials) => {
      const other = await elsewhere();
      const endpoint = await serve((_req, res) => {
        res.writeHead(status, { Location: `${other.url}/v2/p/tasks?stolen=1` });
        res.end();
      });
      const client = createTestClient({ endpoint: endpoint.url, projectId: "p", credentials, maxRetries: 0 });
      const error = await client.listTasks().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HuaweiCloudRedirectError);
      expect(error).toMatchObject({ kind: "redirect", status, location: `${other.url}/v2/p/tasks?stolen=1` });
      expect((error as Error).message).toContain(`Location: ${other.url}/v2/p/tasks?stolen=1`);
      expect(JSON.stringify(error)).not.toContain(TOKEN);
      expect(other.requests).toHaveLength(0);
      expect(endpoint.requests).toHaveLength(1);
    },
  );

  it("refuses a relative Location that is protocol-relative (//host) as another origin", async () => {
    const other = await elsewhere();
    const endpoint = await serve((_req, res) => {
      res.writeHead(302, { Location: `//${new URL(other.url).host}/x` });
      res.end();
    });
    const client = createTestClient({
      endpoint: endpoint.url,
      projectId: "p",
      credentials: { iamToken: TOKEN },
    });
    await expect(client.listTasks()).rejects.toBeInstanceOf(HuaweiCloudRedirectError);
    expect(other.requests).toHaveLength(0);
  });

  it("refuses the answer of a caller's fetch that followed a cross-origin redirect itself", async () => {
    const other = await elsewhere();
    const endpoint = await serve((_req, res) => {
      res.writeHead(302, { Location: `${other.url}/v2/p/tasks` });
      res.end();
    });
    const client = createTestClient({
      endpoint: endpoint.url,
      projectId: "p",
      credentials: "none",
      // A fetch that ignores redirect: "manual".
      fetch: (input) => globalThis.fetch((input as Request).url, { redirect: "follow" }),
    });
    const error = await client.listTasks().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudRedirectError);
    expect(error).toMatchObject({ location: `${other.url}/v2/p/tasks` });
  });
});

describe("redirects: same origin is followed, re-signed, a bounded number of times", () => {
  it("follows a same-origin 307 for a POST with its body, signing the new URL", async () => {
    const endpoint = await serve((req, res) => {
      if (req.path === "/v2/p/things") {
        res.writeHead(307, { Location: "/v2/p/things-moved" });
        res.end();
      } else json(res, 200, { moved: true });
    });
    const client = createTestClient({
      endpoint: endpoint.url,
      projectId: "p",
      credentials: { ak: AK, sk: SK, securityToken: TOKEN },
    });
    expect(await client.createThing({ body: { name: "n" } })).toEqual({ moved: true });
    const [first, second] = endpoint.requests;
    expect(second).toMatchObject({ method: "POST", path: "/v2/p/things-moved", body: '{"name":"n"}' });
    expect(await signatureOf(first!)).toMatchObject({ ok: true });
    expect(await signatureOf(second!)).toMatchObject({ ok: true });
    expect(second!.headers.authorization).not.toBe(first!.headers.authorization);
  });

  it("continues a POST answered 303 as a GET without body, re-signed", async () => {
    const endpoint = await serve((req, res) => {
      if (req.method === "POST") {
        res.writeHead(303, { Location: "/v2/p/jobs/j-1" });
        res.end();
      } else json(res, 200, { job_id: "j-1" });
    });
    const client = createTestClient({
      endpoint: endpoint.url,
      projectId: "p",
      credentials: { ak: AK, sk: SK },
    });
    expect(await client.createThing({ body: { name: "n" } })).toEqual({ job_id: "j-1" });
    const second = endpoint.requests[1]!;
    expect(second).toMatchObject({ method: "GET", path: "/v2/p/jobs/j-1", body: "" });
    expect(second.headers).not.toHaveProperty("content-type");
    expect(await signatureOf(second)).toMatchObject({ ok: true });
  });

  it("gives up after 5 same-origin redirects with a HuaweiCloudRedirectError", async () => {
    const endpoint = await serve((req, res) => {
      res.writeHead(302, { Location: `/loop/${endpoint.requests.length}` });
      res.end();
    });
    const client = createTestClient({ endpoint: endpoint.url, projectId: "p", credentials: "none" });
    const error = await client.listTasks().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudRedirectError);
    expect((error as Error).message).toMatch(/more than 5 times/);
    expect(endpoint.requests).toHaveLength(6);
  });
});
