import fc from "fast-check";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { checkCredentials } from "./credentials.js";
import { webCryptoBackend } from "./crypto.js";
import { nodeBackend } from "./node-crypto.js";
import { SignerError } from "./errors.js";
import { signCheckedRequest, type CheckedRequest } from "./sign-checked.js";
import { signHeaders } from "./sign.js";

const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
const credentials = checkCredentials({ ak: "HPUAEXAMPLE", sk: "SECRET-SK-value" });
const node = nodeBackend()!;
const webCrypto = webCryptoBackend();

// Pieces of a raw path or query as a client may write them: unreserved and reserved characters, valid
// percent-escapes (of ASCII, of multi-byte UTF-8, of unreserved characters), and characters the URL parser
// escapes or resolves itself (space, quotes, non-ASCII, dot segments), which take the full-parse path.
const escapes = [
  "%20",
  "%2F",
  "%25",
  "%41",
  "%7E",
  "%C3%A9",
  "%E4%B8%AD",
  "%F0%9F%98%80",
  "%2e",
  "%3D",
  "%26",
];
const rawPieces = [..."abcXYZ019-._~!$&()*+,;=:@", ...escapes, " ", "'", '"', "|", "é", "中", "..", "."];
const pathSegment = fc
  .array(fc.constantFrom(...rawPieces.filter((p) => p !== "&" && p !== "=")), { maxLength: 6 })
  .map((p) => p.join(""));
const queryText = fc.array(fc.constantFrom(...rawPieces, "/", "?"), { maxLength: 6 }).map((p) => p.join(""));
const reserved = new Set(["authorization", "host", "x-sdk-date", "x-security-token", "x-sdk-content-sha256"]);
const headerName = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/).filter((name) => !reserved.has(name));
const headerValue = fc.string({
  unit: fc.constantFrom(..." \tabcXYZ019-._~!$&()*+,;=:@/?#[]%\"'<>{}"),
  maxLength: 16,
});

const request = fc.record({
  method: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"),
  origin: fc.constantFrom(
    "https://dcs.cn-north-4.myhuaweicloud.com",
    "https://dcs.cn-north-4.myhuaweicloud.com:443",
    "https://DCS.Example.COM",
    "http://127.0.0.1:9000",
    "http://[::1]:8080",
  ),
  segments: fc.array(pathSegment, { maxLength: 5 }),
  query: fc.option(
    fc.array(fc.tuple(queryText, fc.option(queryText, { nil: undefined })), { maxLength: 5 }),
    { nil: undefined },
  ),
  headers: fc.dictionary(headerName, headerValue, { maxKeys: 5 }),
  special: fc.record({
    host: fc.option(fc.constantFrom("other.example.com", "other.example.com:8443"), { nil: undefined }),
    contentSha256: fc.option(fc.constantFrom("UNSIGNED-PAYLOAD"), { nil: undefined }),
    staleDate: fc.boolean(),
    oldAuthorization: fc.boolean(),
  }),
  body: fc.option(fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.string({ maxLength: 40 })), { nil: null }),
  securityToken: fc.option(fc.stringMatching(/^[A-Za-z0-9+/=_-]{1,24}$/), { nil: undefined }),
});

type Generated = typeof request extends fc.Arbitrary<infer T> ? T : never;

function toChecked(g: Generated): CheckedRequest {
  const query = g.query?.map(([n, v]) => (v === undefined ? n : `${n}=${v}`)).join("&");
  const headers: Record<string, string> = { ...g.headers };
  if (g.special.host !== undefined) headers.host = g.special.host;
  if (g.special.contentSha256 !== undefined) headers["x-sdk-content-sha256"] = g.special.contentSha256;
  if (g.special.staleDate) headers["x-sdk-date"] = "20000101T000000Z";
  if (g.special.oldAuthorization) headers.authorization = "SDK-HMAC-SHA256 Access=OLD";
  return {
    method: g.method,
    url: `${g.origin}/${g.segments.join("/")}${query === undefined ? "" : `?${query}`}`,
    headers,
    body: g.body,
  };
}

/** Both entries' answers, an error returned rather than thrown. */
const signsBoth = async (checked: CheckedRequest, keys: typeof credentials, backend: typeof node) => {
  const general = await signHeaders(checked, keys, { date, backend }).catch((e: unknown) => e);
  const fast = await Promise.resolve()
    .then(() => signCheckedRequest(checked, keys, date, backend))
    .catch((e: unknown) => e);
  return { general, fast };
};

describe.each([node, webCrypto])("signCheckedRequest against signHeaders ($name)", (backend) => {
  it("gives byte-identical headers for 1,000 generated paths, queries, headers and bodies", async () => {
    await fc.assert(
      fc.asyncProperty(request, async (g) => {
        const keys = checkCredentials({
          ak: "HPUAEXAMPLE",
          sk: "s3cr3t/Key+value",
          securityToken: g.securityToken,
        });
        const { general, fast } = await signsBoth(toChecked(g), keys, backend);
        expect(general).not.toBeInstanceOf(Error);
        expect(fast).toEqual(general);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe("what signCheckedRequest still refuses", () => {
  const base: CheckedRequest = { method: "GET", url: "https://h.example/v1/items", headers: {} };
  const refusal = (request: CheckedRequest, keys = credentials) => {
    try {
      signCheckedRequest(request, keys, date, node);
    } catch (error) {
      return error;
    }
    throw new Error("signed");
  };

  it.each([
    ["https://h.example/v1/%zz", "path segment 2"],
    ["https://h.example/v1/a%", "path segment 2"],
    ["https://h.example/v1/%FF", "path segment 2"],
    ["https://h.example/v1?limit=%E4%B8", 'the value of query parameter "limit"'],
    ["https://h.example/v1?%zz=1", "the name of query parameter 1"],
  ])(
    "a URL holding an invalid percent-escape (%s) is invalid_url naming %s, as signHeaders does",
    (url, part) => {
      const error = refusal({ ...base, url });
      expect(error).toMatchObject({ code: "invalid_url", message: expect.stringContaining(part) });
    },
  );

  it.each(["v\r\nx-evil: 1", "a\nb", "a\rb", "v\u0000", "\u0100"])(
    "a header value holding %j is invalid_header, without echoing it",
    (value) => {
      const error = refusal({ ...base, headers: { "x-tag": value } });
      expect(error).toMatchObject({ code: "invalid_header" });
      expect((error as Error).message).not.toContain(value.trim());
    },
  );

  it.each(["X-Tag", "x tag", "x:tag", ""])(
    "a header name %j that is not a lower-case token is invalid_header",
    (name) => {
      expect(refusal({ ...base, headers: { [name]: "v" } })).toMatchObject({ code: "invalid_header" });
    },
  );

  it.each(["ftp://h.example/v1", "/v1/items", "not a url"])(
    "a URL %j that is not absolute http(s) is invalid_url",
    (url) => {
      expect(refusal({ ...base, url })).toMatchObject({ code: "invalid_url" });
    },
  );

  it("a method that is not an HTTP token is invalid_method", () => {
    expect(refusal({ ...base, method: "GET /x" })).toMatchObject({ code: "invalid_method" });
  });

  it("credentials not made by checkCredentials are invalid_credentials, and the error shows no SK", () => {
    const plain = { ak: "AK", sk: "PLAIN-SECRET" } as unknown as typeof credentials;
    const error = refusal(base, plain);
    expect(error).toBeInstanceOf(SignerError);
    expect(error).toMatchObject({ code: "invalid_credentials" });
    expect(inspect(error)).not.toContain("PLAIN-SECRET");
  });
});

describe("signCheckedRequest's output", () => {
  const base: CheckedRequest = { method: "GET", url: "https://h.example/v1/items?limit=10", headers: {} };

  it("is synchronous with node:crypto and a promise with WebCrypto, the same headers either way", async () => {
    const direct = signCheckedRequest(base, credentials, date, node);
    const later = signCheckedRequest(base, credentials, date, webCrypto);
    expect(direct).not.toBeInstanceOf(Promise);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toEqual(direct);
  });

  it("dates the request with the given date and adds the security token of temporary credentials", () => {
    const temporary = checkCredentials({ ak: "AK", sk: "SK", securityToken: "token-1" });
    const headers = signCheckedRequest(
      { ...base, headers: { "x-sdk-date": "20000101T000000Z" } },
      temporary,
      date,
      node,
    );
    expect(headers).toMatchObject({
      "x-sdk-date": "20260102T030405Z",
      "x-security-token": "token-1",
      authorization: expect.stringContaining("SignedHeaders=host;x-sdk-date;x-security-token,"),
    });
  });

  it("never shows the SK: not in the checked credentials' inspection, JSON or string form", () => {
    for (const shown of [inspect(credentials), JSON.stringify(credentials), String(credentials)]) {
      expect(shown).not.toContain("SECRET-SK-value");
    }
  });
});
