import { signRequest } from "@hwcloud/signer";
import { describe, expect, test } from "vitest";
import { request as httpRequest } from "node:http";
import { createMockCloud } from "./create-mock-cloud.js";
import { startMockCloud } from "./start-mock-cloud.js";
import type { MockOperation } from "./mock-operation.js";

// An operation with a JSON request body (as the generator compiles one), to show bodies are checked as strictly
// as parameters.
const createWidget: MockOperation = {
  service: "widgets",
  operationId: "CreateWidget",
  method: "POST",
  pathTemplate: "/v1/{project_id}/widgets",
  parameters: [{ name: "project_id", in: "path", required: true, schema: { type: "string" } }],
  auth: ["akSk"],
  requestBody: {
    required: true,
    schema: {
      type: "object",
      required: ["name"],
      properties: { name: { type: "string" }, size: { type: "integer", minimum: 1 } },
    },
  },
  responses: { "200": { schema: { type: "object" }, examples: [{ id: "w-1" }] } },
};
const operations = [createWidget];
const mock = createMockCloud({ operations });

async function post(body: string | undefined) {
  const url = "http://mock.test/v1/p/widgets";
  const headers = await signRequest(
    { method: "POST", url, headers: { "Content-Type": "application/json" }, body },
    mock.credentials,
  );
  const response = await mock.handle(new Request(url, { method: "POST", headers, body }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("JSON request bodies are checked against the operation's requestBody schema", () => {
  test("a body that fits is answered", async () => {
    expect(await post(JSON.stringify({ name: "w", size: 2 }))).toEqual({ status: 200, body: { id: "w-1" } });
  });

  test.each([
    [
      "a missing required property",
      JSON.stringify({ size: 2 }),
      /request body must have required property 'name'/,
    ],
    ["a value below its minimum", JSON.stringify({ name: "w", size: 0 }), /request body size must be >= 1/],
    ["text that is not JSON", "{name:", /not valid JSON/],
    ["no body where one is required", undefined, /request body is required/],
  ])("%s is refused with 400", async (_, body, message) => {
    expect(await post(body)).toMatchObject({
      status: 400,
      body: { error_msg: expect.stringMatching(message) },
    });
  });
});

describe("request bodies are bounded and read only after the headers authenticate", () => {
  /** A body that counts what is pulled from it and never ends on its own. */
  function endlessBody() {
    const pulled = { bytes: 0 };
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled.bytes += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    return { stream, pulled };
  }

  test.each([
    ["an unsigned request", {}],
    [
      "a request signed with an unknown AK",
      { authorization: "SDK-HMAC-SHA256 Access=NOPE, SignedHeaders=host, Signature=00" },
    ],
  ])("%s is refused with 401 before its body is read", async (_name, headers) => {
    const { stream, pulled } = endlessBody();
    const response = await mock.handle(
      new Request("http://mock.test/v1/p/widgets", {
        method: "POST",
        headers: { "content-type": "application/json", "x-sdk-date": "20260101T000000Z", ...headers },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(401);
    // A ReadableStream may pull ahead once to fill its queue; nothing past that is read.
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024);
  });

  test("a signed body over maxBodyBytes is refused with 413 as soon as it passes the limit", async () => {
    const small = createMockCloud({ operations, maxBodyBytes: 1024 });
    const url = "http://mock.test/v1/p/widgets";
    const body = JSON.stringify({ name: "x".repeat(4096) });
    const headers = await signRequest(
      { method: "POST", url, headers: { "Content-Type": "application/json" }, body },
      small.credentials,
    );
    const response = await small.handle(new Request(url, { method: "POST", headers, body }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error_code: "MOCK.0413" });
  });
});

test("a signed %FF path parameter is answered with 400, not 500", async () => {
  const cloud = createMockCloud();
  const url = "http://mock.test/v2/p1/jobs/%FF";
  // @hwcloud/signer refuses to sign %FF; a lenient signer signs it as its canonical form, U+FFFD.
  const headers = await signRequest(
    { method: "GET", url: "http://mock.test/v2/p1/jobs/%EF%BF%BD", headers: {} },
    cloud.credentials,
  );
  const response = await cloud.handle(new Request(url, { headers }));
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
});

test("over HTTP, an unauthenticated 200 MB upload is answered 401 after its first megabyte, not held", async () => {
  const server = await startMockCloud({ operations });
  try {
    const answer = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        `${server.url}/v1/p/widgets`,
        {
          method: "POST",
          headers: { "content-type": "application/json", "content-length": String(200 * 2 ** 20) },
        },
        (response) => {
          resolve(response.statusCode ?? 0);
          request.destroy();
        },
      );
      request.once("error", (error) => reject(error));
      // Only 1 MiB of the announced 200 is ever sent: the old mock waited for the rest and never answered.
      request.write(Buffer.alloc(2 ** 20));
    });
    expect(answer).toBe(401);
  } finally {
    await server.close();
  }
});
describe("the signature covers the body the mock receives", () => {
  test("a body swapped after signing is a 401, even beside an unsigned X-Sdk-Content-Sha256 of the original", async () => {
    const url = "http://mock.test/v1/p/widgets";
    const original = JSON.stringify({ name: "w", size: 2 });
    const headers = await signRequest(
      { method: "POST", url, headers: { "Content-Type": "application/json" }, body: original },
      mock.credentials,
    );
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(original)));
    headers.set("X-Sdk-Content-Sha256", Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join(""));
    const swapped = JSON.stringify({ name: "other", size: 9 });
    const response = await mock.handle(new Request(url, { method: "POST", headers, body: swapped }));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error_code: "APIGW.0301" });
  });
});
