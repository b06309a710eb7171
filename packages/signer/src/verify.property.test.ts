import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SignerError } from "./errors.js";
import { signRequest } from "./sign.js";
import { verifySignature } from "./verify.js";

// Invariant: no accepted signature covers a request other than the one signed. "Other" is judged here
// without the signer's canonical form: by the decoded path (trailing "/" aside, which the cloud's
// algorithm does not distinguish), the decoded query pairs as a multiset (`a` = `a=`), the host, the
// method, every signed header and the body bytes.
const credentials = { ak: "AK1", sk: "SK1" };
const lookup = (ak: string) => (ak === "AK1" ? "SK1" : undefined);
const signedAt = Date.UTC(2026, 0, 2, 3, 4, 5);

// Raw request-target text: reserved and unreserved characters, `%` with random hex (valid or not), unicode.
const targetChar = fc.oneof(
  fc.constantFrom(..."abcAZ09-._~!$&'()*+,;=:@/ ?#[]\"<>{}|\\^`é中😀"),
  fc
    .tuple(
      fc.constant("%"),
      fc.constantFrom(..."0123456789abcdefABCDEFzg"),
      fc.constantFrom(..."0123456789abcdefFz"),
    )
    .map((t) => t.join("")),
  fc.constant("%"),
);
const rawPath = fc
  .array(targetChar, { maxLength: 16 })
  .map((chars) => `/${chars.join("")}`.replace(/[?#]/g, ""));
const rawQuery = fc.array(targetChar, { maxLength: 12 }).map((chars) => chars.join("").replace(/#/g, ""));
const host = fc.constantFrom("svc.example", "svc.example:8443", "other.example");
const method = fc.constantFrom("GET", "POST", "PUT", "DELETE");
const body = fc.oneof(fc.constant(""), fc.string({ maxLength: 20 }));
const headerValue = fc.stringMatching(/^[!-~]([ !-~]{0,10}[!-~])?$/);

const hexPair = fc
  .tuple(fc.constantFrom(..."0123456789ABCDEF"), fc.constantFrom(..."0123456789ABCDEF"))
  .map(([x, y]) => x + y);
const requestArb = fc.record({ method, host, path: rawPath, query: rawQuery, body, trace: headerValue });
type Generated = typeof requestArb extends fc.Arbitrary<infer T> ? T : never;

function toRequest(g: Generated) {
  return {
    method: g.method,
    url: `https://${g.host}${g.path}${g.query === "" ? "" : `?${g.query}`}`,
    headers: { "X-Trace": g.trace },
    body: g.method === "GET" ? "" : g.body,
  };
}

function strictDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** What a server acts on, independent of the signer's canonical form; undefined for an undecodable URL. */
function meaning(request: ReturnType<typeof toRequest>): string | undefined {
  const url = new URL(request.url);
  const segments = url.pathname.split("/").map(strictDecode);
  const pairs = url.search
    .slice(1)
    .split("&")
    .filter((p) => p !== "")
    .map((p) => {
      const eq = p.indexOf("=");
      const name = strictDecode(eq === -1 ? p : p.slice(0, eq));
      const value = strictDecode(eq === -1 ? "" : p.slice(eq + 1));
      return name === undefined || value === undefined ? undefined : JSON.stringify([name, value]);
    });
  if (segments.includes(undefined) || pairs.includes(undefined)) return undefined;
  const path = segments.join("\u0000").replace(/\u0000$/, "");
  return JSON.stringify([
    request.method,
    url.host,
    path,
    pairs.sort(),
    request.headers["X-Trace"],
    request.body,
  ]);
}

describe("verifySignature, property-based", () => {
  it("accepts a request as signed only when it means the same as the signed one", async () => {
    await fc.assert(
      fc.asyncProperty(requestArb, requestArb, fc.nat(2), hexPair, async (a, b, mode, hex) => {
        // Mode 0: an unrelated request. Mode 1: same method, host and header, other path, query and body.
        // Mode 2: the signed request with its first escape's bytes changed (%FF -> %FE), the closest miss.
        const other =
          mode === 0
            ? b
            : mode === 1
              ? { ...b, method: a.method, host: a.host, trace: a.trace }
              : {
                  ...a,
                  path: a.path.replace(/%[0-9A-Fa-f]{2}/, `%${hex}`),
                  query: a.query.replace(/%[0-9A-Fa-f]{2}/, `%${hex}`),
                };
        const signed = toRequest(a);
        let headers: Headers;
        try {
          headers = await signRequest(signed, credentials, { date: new Date(signedAt) });
        } catch (error) {
          expect(error).toBeInstanceOf(SignerError);
          return;
        }
        const received = toRequest(other);
        const sent = new Headers(headers);
        sent.set("X-Trace", received.headers["X-Trace"]);
        const result = await verifySignature({ ...received, headers: sent }, lookup, { now: signedAt });
        if (result.ok) {
          expect(meaning(received)).toBeDefined();
          expect(meaning(received)).toBe(meaning(signed));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never lets an unsigned X-Sdk-Content-Sha256 vouch for another body", async () => {
    await fc.assert(
      fc.asyncProperty(body, body, fc.string({ maxLength: 64 }), async (signedBody, sentBody, declared) => {
        fc.pre(signedBody !== sentBody);
        const request = { method: "POST", url: "https://svc.example/v1/jobs", body: signedBody };
        const headers = await signRequest(request, credentials, { date: new Date(signedAt) });
        // The attack: the hash of the signed body, beside a swapped body.
        const original = createHash("sha256").update(signedBody).digest("hex");
        for (const value of [declared, original, "UNSIGNED-PAYLOAD"]) {
          const forged = new Headers(headers);
          try {
            forged.set("X-Sdk-Content-Sha256", value);
          } catch {
            continue;
          }
          const result = await verifySignature({ ...request, headers: forged, body: sentBody }, lookup, {
            now: signedAt,
          });
          expect(result.ok).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never accepts a year-old signature, whatever the options: bad ones throw SignerError", async () => {
    const request = { method: "GET", url: "https://svc.example/v1" };
    const headers = await signRequest(request, credentials, { date: new Date(signedAt - 365 * 86_400_000) });
    const optionValue = fc.oneof(
      fc.anything(),
      fc.constantFrom(
        Number.NaN,
        Number.POSITIVE_INFINITY,
        Number.NEGATIVE_INFINITY,
        -1,
        new Date("x"),
        "900000",
      ),
      fc.integer(),
      fc.double(),
    );
    await fc.assert(
      fc.asyncProperty(optionValue, optionValue, async (now, maxSkewMs) => {
        // Only values that are truly a year-or-less window around a real clock could accept it.
        fc.pre(!(typeof maxSkewMs === "number" && maxSkewMs >= 365 * 86_400_000));
        const outcome = await verifySignature({ ...request, headers }, lookup, {
          now: now as never,
          maxSkewMs: maxSkewMs as never,
        }).catch((error: unknown) => error);
        if (outcome instanceof Error) {
          expect(outcome).toBeInstanceOf(SignerError);
          expect(outcome).toMatchObject({ code: "invalid_option" });
        } else if ((outcome as { ok: boolean }).ok) {
          // Accepted: only a real clock near the signing date and a finite window can explain it.
          const nowMs =
            now === undefined ? Date.now() : now instanceof Date ? now.getTime() : (now as number);
          const skew = maxSkewMs === undefined ? 15 * 60_000 : (maxSkewMs as number);
          expect(Number.isFinite(nowMs) && Number.isFinite(skew)).toBe(true);
          expect(Math.abs(nowMs - (signedAt - 365 * 86_400_000))).toBeLessThanOrEqual(skew);
        }
      }),
      { numRuns: 300 },
    );
  });
});
