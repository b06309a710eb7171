import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { ecsMetadataCredentials, type EcsMetadataOptions } from "./ecs-metadata.js";
import { HuaweiCloudCredentialsError } from "./errors.js";
import { signatureOf } from "./test-support/signature.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { json, startServer, type Script, type TestServer } from "./test-support/server.js";

// Every test talks to a fake metadata service on 127.0.0.1; none contacts 169.254.169.254.
let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const expiresAt = () => new Date(Date.now() + 3_600_000).toISOString();

/** A fake metadata service; it answers each request `delayMs` after it arrives. */
async function metadataServer(delayMs = 0) {
  const secret = "test-secret-key-never-printed-0123456789";
  const server = await startServer(async (req, res) => {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (req.method === "PUT" && req.path === "/meta-data/latest/api/token") {
      res.writeHead(200, { "Content-Type": "text/plain" });
      return res.end("session-token-1");
    }
    if (req.method === "GET" && req.path === "/openstack/latest/securitykey") {
      if (req.headers["x-metadata-token"] !== "session-token-1") return json(res, 401, {});
      return json(res, 200, {
        credential: {
          access: "TESTAK0000000000EXAMPLE",
          secret,
          securitytoken: "ecs-security-token",
          expires_at: expiresAt(),
        },
      });
    }
    json(res, 404, {});
  });
  servers.push(server);
  return server;
}

/** What the provider rejects with against a metadata service answering by `script`. */
async function failureAgainst(script: Script, options: EcsMetadataOptions = {}): Promise<unknown> {
  const server = await startServer(script);
  servers.push(server);
  return ecsMetadataCredentials({ endpoint: server.url, ...options })().catch((e: unknown) => e);
}

describe("ecsMetadataCredentials", () => {
  it("gets a session token, then the agency's temporary credentials with it", async () => {
    const metadata = await metadataServer();
    const credentials = await ecsMetadataCredentials({ endpoint: metadata.url })();
    expect(credentials).toMatchObject({
      ak: "TESTAK0000000000EXAMPLE",
      securityToken: "ecs-security-token",
    });
    expect(metadata.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "PUT /meta-data/latest/api/token",
      "GET /openstack/latest/securitykey",
    ]);
    expect(metadata.requests[0]!.headers["x-metadata-token-ttl-seconds"]).toBe("21600");
  });

  it("signs a client's requests with them, fetched once while they are valid", async () => {
    const metadata = await metadataServer();
    const api = await startServer((_req, res) => json(res, 200, { tasks: [], count: 0 }));
    servers.push(api);
    const client = createTestClient({
      endpoint: api.url,
      projectId: "p",
      credentials: ecsMetadataCredentials({ endpoint: metadata.url }),
    });
    await client.listTasks();
    await client.listTasks();
    expect(metadata.requests).toHaveLength(2);
    expect(api.requests[1]!.headers["x-security-token"]).toBe("ecs-security-token");
    expect(await signatureOf(api.requests[1]!)).toMatchObject({ ok: true });
  });

  it("a refusal or a service that does not answer is a HuaweiCloudCredentialsError without secrets", async () => {
    const refused = await failureAgainst((_req, res) => json(res, 403, {}));
    expect(refused).toBeInstanceOf(HuaweiCloudCredentialsError);
    expect((refused as Error).message).toContain("HTTP 403");

    const timedOut = await failureAgainst(() => undefined, { timeout: 50 });
    expect(timedOut).toBeInstanceOf(HuaweiCloudCredentialsError);
    expect((timedOut as Error).message).toContain("no answer within 50 ms");
  });

  it("an answer without the credential fields is a typed error", async () => {
    const odd = await startServer((req, res) =>
      req.method === "PUT" ? res.end("t") : json(res, 200, { credential: { access: "A" } }),
    );
    servers.push(odd);
    await expect(ecsMetadataCredentials({ endpoint: odd.url })()).rejects.toBeInstanceOf(
      HuaweiCloudCredentialsError,
    );
  });

  it.each([
    ["above 2^31-1 ms", 30 * 24 * 60 * 60_000],
    ["above 2^32-1 ms", 1e10],
    ["with a fraction", 1500.5],
  ])("a timeout %s waits for a slow answer instead of failing at once", async (_, timeout) => {
    const metadata = await metadataServer(100);
    const credentials = await ecsMetadataCredentials({ endpoint: metadata.url, timeout })();
    expect(credentials).toMatchObject({ ak: "TESTAK0000000000EXAMPLE" });
  });

  it("the timeout covers the answer body: one that never ends is a HuaweiCloudCredentialsError", async () => {
    const stalling: Script = (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/plain" });
      res.write("session-");
    };
    const error = await failureAgainst(stalling, { timeout: 100 });
    expect(error).toBeInstanceOf(HuaweiCloudCredentialsError);
    expect((error as Error).message).toContain("did not send its whole answer within 100 ms");
  });

  it("a securitykey answer that is not JSON is a typed error that does not quote the secret in it", async () => {
    // JSON.parse's message quotes the text around the fault: here, the unquoted secret.
    const error = await failureAgainst((req, res) =>
      req.method === "PUT" ? res.end("t") : res.end('{"credential":{"secret":leaky-secret-0123456789}}'),
    );
    expect(error).toBeInstanceOf(HuaweiCloudCredentialsError);
    expect((error as Error).message).toContain("not JSON");
    expect(inspect(error, { depth: 5 })).not.toContain("leaky");
  });
});
