import { describe, expect, it } from "vitest";
import { webCryptoBackend } from "./crypto.js";
import { signHeaders, signRequest } from "./sign.js";
import { verifySignature } from "./verify.js";

const credentials = { ak: "AK", sk: "SK" };

describe("signRequest input errors", () => {
  it.each([
    ["a relative URL", { method: "GET", url: "/v1/jobs" }, "invalid_url", "absolute URL"],
    ["a non-http URL", { method: "GET", url: "ftp://h.example/" }, "invalid_url", "http or https"],
    ["an empty method", { method: "", url: "https://h.example/" }, "invalid_method", "HTTP method token"],
    [
      "a method with a space",
      { method: "GE T", url: "https://h.example/" },
      "invalid_method",
      "HTTP method token",
    ],
    [
      "an invalid header value",
      { method: "GET", url: "https://h.example/", headers: { "X-A": "a\nb" } },
      "invalid_header",
      "invalid header name or value",
    ],
    [
      "an invalid header name",
      { method: "GET", url: "https://h.example/", headers: { "X A": "a" } },
      "invalid_header",
      "invalid header name or value",
    ],
    [
      "a malformed X-Sdk-Date header",
      { method: "GET", url: "https://h.example/", headers: { "X-Sdk-Date": "2026-01-02T03:04:05Z" } },
      "invalid_date",
      "20260102T030405Z",
    ],
    [
      "a stream body",
      { method: "POST", url: "https://h.example/", body: new ReadableStream() },
      "unsupported_body",
      "request.body must be",
    ],
    [
      "a number body",
      { method: "POST", url: "https://h.example/", body: 42 },
      "unsupported_body",
      "request.body must be",
    ],
  ])("rejects %s", async (_, request, code, message) => {
    await expect(signRequest(request as never, credentials)).rejects.toMatchObject({
      name: "SignerError",
      code,
      message: expect.stringContaining(message),
    });
  });

  it("rejects an invalid date option", async () => {
    await expect(
      signRequest({ method: "GET", url: "https://h.example/" }, credentials, { date: new Date(NaN) }),
    ).rejects.toMatchObject({ code: "invalid_date" });
  });

  it("rejects missing credentials before doing any work", async () => {
    await expect(
      signRequest({ method: "GET", url: "https://h.example/" }, { ak: "AK", sk: "" }),
    ).rejects.toMatchObject({
      code: "invalid_credentials",
    });
  });
});

describe("URLs the verifier would refuse", () => {
  const secret = "tok3n-s3cr3t";
  it.each([
    ["a %zz escape in a path segment", `https://h.example/v1/${secret}/jobs/100%zz`, "path segment 4"],
    ["a lone % at the end of the path", "https://h.example/v1/100%", "path segment 2"],
    ["an escape that is not UTF-8 (%FF)", "https://h.example/v1/jobs/%FF", "path segment 3"],
    [
      "a lone % in a query value",
      `https://h.example/v1/jobs?token=${secret}&discount=50%`,
      'the value of query parameter "discount"',
    ],
    [
      "a %zz escape in a query name",
      `https://h.example/v1/jobs?a=${secret}&%zz=1`,
      "the name of query parameter 2",
    ],
  ])("refuses %s with invalid_url naming only that part, before hashing anything", async (_, url, part) => {
    // Every backend is refused up front: this backend fails the test if signing gets as far as hashing.
    const backend = {
      name: "node" as const,
      sha256Hex: () => expect.unreachable("hashed a URL the verifier refuses"),
      hmacSha256Hex: () => expect.unreachable("signed a URL the verifier refuses"),
    };
    const error = await signHeaders({ method: "GET", url }, credentials, { backend }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: "SignerError", code: "invalid_url" });
    expect((error as Error).message).toContain(part);
    expect((error as Error).message).toContain("percent-escape");
    expect((error as Error).message).not.toContain(secret);
    expect((error as Error).message).not.toMatch(/%zz|%FF|50%/);
  });

  it("still signs valid escapes, an encoded % included, and the verifier accepts them", async () => {
    const url = "https://h.example/v1/%E4%B8%AD/100%25?q=50%25&name=%E6%96%87";
    const headers = await signRequest({ method: "GET", url }, credentials);
    const verified = await verifySignature({ method: "GET", url, headers }, () => credentials.sk);
    expect(verified).toMatchObject({ ok: true });
  });
});

describe("signRequest dates", () => {
  it("dates the request now when neither option nor header gives a date", async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const headers = await signRequest({ method: "GET", url: "https://h.example/" }, credentials);
    const sdkDate = headers.get("x-sdk-date")!;
    const t = Date.parse(
      sdkDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"),
    );
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
  });
});

describe("signRequest caching", () => {
  it("re-imports the key when the SK of the same credentials object changes", async () => {
    const mutable = { ak: "AK", sk: "SK1" };
    const request = { method: "GET", url: "https://h.example/" };
    const date = new Date(0);
    const first = (await signRequest(request, mutable, { date })).get("authorization");
    mutable.sk = "SK2";
    const second = (await signRequest(request, mutable, { date })).get("authorization");
    expect(second).not.toBe(first);
    expect(second).toBe((await signRequest(request, { ak: "AK", sk: "SK2" }, { date })).get("authorization"));
  });
});

describe("signHeaders", () => {
  const request = {
    method: "POST",
    url: "https://dcs.cn-north-4.myhuaweicloud.com/v2/p1/instances?limit=10",
    headers: { "Content-Type": "application/json", "X-Project-Id": "p1", Authorization: "stale" },
    body: '{"name":"a"}',
  };
  const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

  it("returns exactly the headers signRequest adds", async () => {
    const added = await signHeaders(request, credentials, { date });
    const full = await signRequest(request, credentials, { date });
    expect(Object.keys(added).sort()).toEqual(["authorization", "x-sdk-date"]);
    expect(added["x-sdk-date"]).toBe("20260102T030405Z");
    expect(added.authorization).toBe(full.get("authorization"));
    expect(full.get("content-type")).toBe("application/json");
  });

  it("adds the security token of temporary credentials", async () => {
    const added = await signHeaders(request, { ...credentials, securityToken: "TOKEN" }, { date });
    expect(added["x-security-token"]).toBe("TOKEN");
    expect(added.authorization).toContain("x-security-token");
  });

  it("signs with an SK longer than the HMAC block as with a short one (the key is hashed first)", async () => {
    const long = { ak: "AK", sk: "k".repeat(100) };
    const node = await signHeaders(request, long, { date });
    const web = await signHeaders(request, long, { date, backend: webCryptoBackend() });
    expect(node.authorization).toBe(web.authorization);
  });

  it("gives the Node and WebCrypto paths the same signature for bodies of every size", async () => {
    for (const size of [0, 1, 63, 64, 65, 5000]) {
      const sized = { ...request, body: "x".repeat(size) };
      const node = await signHeaders(sized, credentials, { date });
      const web = await signHeaders(sized, credentials, { date, backend: webCryptoBackend() });
      expect(node.authorization).toBe(web.authorization);
    }
  });
});
