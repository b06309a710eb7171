import createClient, { type Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { refreshingCredentials } from "./credentials.js";
import { signingMiddleware } from "./middleware.js";
import { signFetchRequest } from "./sign.js";
import { verifySignature } from "./verify.js";

interface Paths {
  "/v2/{project_id}/jobs": {
    post: {
      parameters: { path: { project_id: string }; query?: { limit?: number; name?: string } };
      requestBody: { content: { "application/json": { name: string } } };
      responses: { 200: { content: { "application/json": { ok: boolean } } } };
    };
  };
}

const credentials = { ak: "AK", sk: "SK" };
const lookup = (ak: string) => (ak === "AK" ? "SK" : undefined);

function capturingFetch() {
  const seen: Request[] = [];
  const fetch = async (input: Request) => {
    seen.push(input);
    return new Response('{"ok":true}', { headers: { "content-type": "application/json" } });
  };
  return { seen, fetch };
}

describe("signingMiddleware", () => {
  it("is an openapi-fetch Middleware (checked by tsc -p tsconfig.test.json)", () => {
    const middleware: Middleware = signingMiddleware(credentials);
    expect(typeof middleware.onRequest).toBe("function");
  });

  it("signs the final openapi-fetch request: path, query, headers and JSON body", async () => {
    const { seen, fetch } = capturingFetch();
    const client = createClient<Paths>({ baseUrl: "https://dcs.example:8443", fetch });
    const now = Date.UTC(2026, 0, 2, 3, 4, 5);
    client.use(signingMiddleware(credentials, { now: () => now }));
    const { data } = await client.POST("/v2/{project_id}/jobs", {
      params: { path: { project_id: "p1" }, query: { limit: 5, name: "a b" } },
      body: { name: "job" },
      headers: { "X-Project-Id": "p1" },
    });
    expect(data).toEqual({ ok: true });
    const sent = seen[0]!;
    expect(sent.headers.get("x-sdk-date")).toBe("20260102T030405Z");
    expect(sent.headers.has("host")).toBe(false);
    expect(sent.headers.get("authorization")).toMatch(
      /SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$/,
    );
    expect(await verifySignature(sent, lookup, { now })).toMatchObject({ ok: true });
    expect(await sent.json()).toEqual({ name: "job" });
  });

  it("applies the clock offset to X-Sdk-Date", async () => {
    const { seen, fetch } = capturingFetch();
    const client = createClient<Paths>({ baseUrl: "https://h.example", fetch });
    client.use(signingMiddleware(credentials, { now: () => Date.UTC(2026, 0, 2), clockOffsetMs: -3_000 }));
    await client.POST("/v2/{project_id}/jobs", {
      params: { path: { project_id: "p" } },
      body: { name: "x" },
    });
    expect(seen[0]!.headers.get("x-sdk-date")).toBe("20260101T235957Z");
  });

  it("asks a provider for credentials on each request", async () => {
    const { seen, fetch } = capturingFetch();
    let n = 0;
    const client = createClient<Paths>({ baseUrl: "https://h.example", fetch });
    client.use(signingMiddleware(async () => ({ ak: `AK${++n}`, sk: "SK" })));
    await client.POST("/v2/{project_id}/jobs", {
      params: { path: { project_id: "p" } },
      body: { name: "x" },
    });
    await client.POST("/v2/{project_id}/jobs", {
      params: { path: { project_id: "p" } },
      body: { name: "x" },
    });
    expect(seen.map((r) => r.headers.get("authorization")!.split(",")[0])).toEqual([
      "SDK-HMAC-SHA256 Access=AK1",
      "SDK-HMAC-SHA256 Access=AK2",
    ]);
  });

  it("works with a refreshing provider and a security token", async () => {
    const { seen, fetch } = capturingFetch();
    const client = createClient<Paths>({ baseUrl: "https://h.example", fetch });
    client.use(
      signingMiddleware(refreshingCredentials(async () => ({ ...credentials, securityToken: "tok" }))),
    );
    await client.POST("/v2/{project_id}/jobs", {
      params: { path: { project_id: "p" } },
      body: { name: "x" },
    });
    expect(seen[0]!.headers.get("x-security-token")).toBe("tok");
    expect(await verifySignature(seen[0]!, lookup)).toMatchObject({ ok: true });
  });

  it("fails the request with a SignerError when credentials are invalid", async () => {
    const { fetch } = capturingFetch();
    const client = createClient<Paths>({ baseUrl: "https://h.example", fetch });
    client.use(signingMiddleware({ ak: "AK", sk: "" }));
    await expect(
      client.POST("/v2/{project_id}/jobs", { params: { path: { project_id: "p" } }, body: { name: "x" } }),
    ).rejects.toMatchObject({ name: "SignerError", code: "invalid_credentials" });
  });
});

describe("signFetchRequest", () => {
  it("keeps the signal, method and body of the original request", async () => {
    const controller = new AbortController();
    const original = new Request("https://h.example/v1", {
      method: "PUT",
      body: new Uint8Array([1, 2, 3]),
      signal: controller.signal,
    });
    const signed = await signFetchRequest(original, credentials);
    controller.abort();
    expect(signed.signal.aborted).toBe(true);
    expect(signed.method).toBe("PUT");
    expect(new Uint8Array(await signed.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("signs a FormData body as the multipart bytes fetch will send", async () => {
    const form = new FormData();
    form.set("file", new Blob(["hello"]), "a.txt");
    const signed = await signFetchRequest(
      new Request("https://h.example/upload", { method: "POST", body: form }),
      credentials,
    );
    expect(signed.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expect(await verifySignature(signed, lookup)).toMatchObject({ ok: true });
  });
});
