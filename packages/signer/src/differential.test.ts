import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { webCryptoBackend } from "./crypto.js";
import { nodeBackend } from "./node-crypto.js";
import { checkCredentials } from "./credentials.js";
import { signCheckedRequest } from "./sign-checked.js";
import { signRequest } from "./sign.js";
import { verifySignature } from "./verify.js";
import { officialAuthorization, officialSignedHeaders } from "./test-support/official-signer.js";
import { toChecked, toSignable, type OracleRequest } from "./test-support/oracle-request.js";

// Characters both signers read the same way in a path: the official one parses the path with the
// legacy url.parse, which escapes space, quotes, <>\^`{|} itself (see README, "Disagreements").
const pathChars = [..."abcXYZ019-._~!$&()*+,;=:@", ..."éü中文", "😀"];
const queryChars = [...pathChars, ..." %+&=#?/'\"<>[]{}|\\^`", "\u00a0", "\u4e2d"];
const headerValueChars = [..." abcXYZ019-._~!$&()*+,;=:@/?#[]%\"'<>{}|\\^`", "é"];
const reserved = new Set(["host", "x-sdk-date", "authorization", "x-sdk-content-sha256", "x-security-token"]);

const segment = fc
  .string({ unit: fc.constantFrom(...pathChars), maxLength: 12 })
  .filter((s) => s !== "." && s !== "..");
const queryText = (minLength: number) =>
  fc.string({ unit: fc.constantFrom(...queryChars), minLength, maxLength: 10 });
const headerName = fc.stringMatching(/^[a-z][a-z0-9-]{0,14}$/).filter((name) => !reserved.has(name));
const headerValue = fc
  .string({ unit: fc.constantFrom(...headerValueChars), maxLength: 20 })
  .filter((v) => v.trim() === v);

const request = fc.record({
  method: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"),
  origin: fc.constantFrom(
    "https://ecs.cn-north-4.myhuaweicloud.com",
    "https://dcs.ap-southeast-1.myhuaweicloud.com:8443",
    "http://127.0.0.1:9000",
    "https://iam.myhuaweicloud.com",
  ),
  segments: fc.array(segment, { maxLength: 5 }),
  trailingSlash: fc.boolean(),
  query: fc.array(
    fc.tuple(
      queryText(1).filter((n) => n !== "__proto__"),
      queryText(0),
    ),
    { maxLength: 6 },
  ),
  headers: fc.uniqueArray(fc.tuple(headerName, headerValue, fc.boolean()), {
    selector: ([name]) => name,
    maxLength: 6,
  }),
  // The official signer hashes JSON.stringify(data) and skips falsy data: use objects and arrays.
  json: fc.option(fc.oneof(fc.object(), fc.array(fc.jsonValue(), { maxLength: 4 })), { nil: undefined }),
  unsignedPayload: fc.boolean(),
  securityToken: fc.option(fc.stringMatching(/^[A-Za-z0-9+/=_-]{1,40}$/), { nil: undefined }),
  date: fc.date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2099-12-31T23:59:59Z"),
    noInvalidDate: true,
  }),
});

type Generated = typeof request extends fc.Arbitrary<infer T> ? T : never;

function toOracle(g: Generated): OracleRequest {
  const headers: Record<string, string> = {
    "X-Sdk-Date": g.date
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, ""),
  };
  for (const [name, value, upper] of g.headers) headers[upper ? name.toUpperCase() : name] = value;
  if (g.unsignedPayload) headers["X-Sdk-Content-Sha256"] = "UNSIGNED-PAYLOAD";
  return {
    method: g.method,
    origin: g.origin,
    segments: g.segments,
    trailingSlash: g.trailingSlash,
    query: g.query,
    headers,
    json: g.json,
  };
}

describe.each([webCryptoBackend(), nodeBackend()!])("against the official Node signer ($name)", (backend) => {
  it("produces the identical Authorization header for 1,000 generated requests, from signRequest and signCheckedRequest", async () => {
    await fc.assert(
      fc.asyncProperty(request, async (g) => {
        const credentials = { ak: "HPUAEXAMPLE", sk: "s3cr3t/Key+value", securityToken: g.securityToken };
        const oracle = toOracle(g);
        const official = officialAuthorization(oracle, credentials);
        const ours = await signRequest(toSignable(oracle), credentials, { backend });
        expect(ours.get("authorization")).toBe(official);
        const checked = toChecked(oracle);
        const fast = await signCheckedRequest(
          checked.request,
          checkCredentials(credentials),
          checked.date,
          backend,
        );
        expect(fast.authorization).toBe(official);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe("verifySignature", () => {
  it("accepts what the official Node signer signs, for 300 generated requests", async () => {
    await fc.assert(
      fc.asyncProperty(request, async (g) => {
        const credentials = { ak: "HPUAEXAMPLE", sk: "s3cr3t/Key+value", securityToken: g.securityToken };
        const oracle = toOracle(g);
        const headers = officialSignedHeaders(oracle, credentials);
        const result = await verifySignature({ ...toSignable(oracle), headers }, () => credentials.sk, {
          now: g.date,
        });
        expect(result).toMatchObject({ ok: true, ak: "HPUAEXAMPLE" });
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
