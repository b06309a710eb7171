import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SignerError } from "./errors.js";
import { signRequest } from "./sign.js";
import { verifySignature } from "./verify.js";

// What an accepted signature covers, and options that must not fail open. Each case is an attack that
// verified as ok before the verifier computed the payload hash itself and checked its options.
const credentials = { ak: "AK1", sk: "SK1" };
const lookup = (ak: string) => (ak === "AK1" ? "SK1" : undefined);
const signedAt = Date.UTC(2026, 0, 2, 3, 4, 5);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const original = '{"action":"read"}';
const swapped = '{"action":"delete-everything"}';

async function signedPost(extraHeaders: Record<string, string> = {}, body = original) {
  const request = {
    method: "POST",
    url: "https://h.example/v1/jobs",
    headers: { "Content-Type": "application/json", ...extraHeaders },
    body,
  };
  return { ...request, headers: await signRequest(request, credentials, { date: new Date(signedAt) }) };
}

describe("an accepted signature covers the body received", () => {
  it("refuses a swapped body carrying an unsigned X-Sdk-Content-Sha256 of the original body", async () => {
    const s = await signedPost();
    const headers = new Headers(s.headers);
    headers.set("X-Sdk-Content-Sha256", sha256(original));
    const result = await verifySignature({ ...s, headers, body: swapped }, lookup, { now: signedAt });
    expect(result).toMatchObject({ ok: false, reason: "mismatch" });
  });

  it("refuses a body that differs from a signed X-Sdk-Content-Sha256", async () => {
    const s = await signedPost({ "X-Sdk-Content-Sha256": sha256(original) });
    expect(await verifySignature(s, lookup, { now: signedAt })).toMatchObject({ ok: true });
    const result = await verifySignature({ ...s, body: swapped }, lookup, { now: signedAt });
    expect(result).toMatchObject({
      ok: false,
      reason: "mismatch",
      message: expect.stringMatching(/X-Sdk-Content-Sha256/),
    });
  });

  it("refuses a swapped fetch Request body too", async () => {
    const s = await signedPost();
    const headers = new Headers(s.headers);
    headers.set("X-Sdk-Content-Sha256", sha256(original));
    const request = new Request(s.url, { method: "POST", headers, body: swapped });
    expect(await verifySignature(request, lookup, { now: signedAt })).toMatchObject({ ok: false });
  });

  it("accepts a signed UNSIGNED-PAYLOAD for any body, and says the body is not covered", async () => {
    const s = await signedPost({ "X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD" });
    const result = await verifySignature({ ...s, body: swapped }, lookup, { now: signedAt });
    expect(result).toEqual({
      ok: true,
      ak: "AK1",
      signedHeaders: ["content-type", "host", "x-sdk-content-sha256", "x-sdk-date"],
      unsignedPayload: true,
    });
  });

  it("does not honour an unsigned UNSIGNED-PAYLOAD", async () => {
    const s = await signedPost();
    const headers = new Headers(s.headers);
    headers.set("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD");
    expect(await verifySignature({ ...s, headers, body: swapped }, lookup, { now: signedAt })).toMatchObject({
      ok: false,
    });
  });
});

/** A correct signature over exactly the headers listed, computed by hand (no `host`, for one). */
function handSigned(signedHeaders: Array<[string, string]>, url: string) {
  const date = "20260102T030405Z";
  const all: Array<[string, string]> = [...signedHeaders, ["x-sdk-date", date] as [string, string]];
  all.sort(([a], [b]) => (a < b ? -1 : 1));
  const canonical = [
    "GET",
    `${new URL(url).pathname}/`,
    "",
    all.map(([n, v]) => `${n}:${v}\n`).join(""),
    all.map(([n]) => n).join(";"),
    sha256(""),
  ].join("\n");
  const signature = createHmac("sha256", "SK1")
    .update(`SDK-HMAC-SHA256\n${date}\n${sha256(canonical)}`)
    .digest("hex");
  return {
    method: "GET",
    url,
    headers: {
      "X-Sdk-Date": date,
      Authorization: `SDK-HMAC-SHA256 Access=AK1, SignedHeaders=${all.map(([n]) => n).join(";")}, Signature=${signature}`,
    },
  };
}

describe("an accepted signature is bound to its host", () => {
  it("refuses a signature whose SignedHeaders leave out host (it would verify on any host)", async () => {
    const forged = handSigned([], "https://another-service.example/v1/jobs");
    const result = await verifySignature(forged, lookup, { now: signedAt });
    expect(result).toMatchObject({
      ok: false,
      reason: "bad_format",
      message: "SignedHeaders must include host",
    });
  });
});

describe("an accepted signature covers one URL: invalid percent-escapes are refused", () => {
  // The signer refuses these URLs, so each signature comes from the URL a lenient signer would have
  // canonicalised it to (an invalid byte as U+FFFD, a stray % as %25): it matches the URL's canonical form,
  // and only the verifier's own refusal stops it.
  it.each([
    ["%FF (not UTF-8) in the path", "https://h.example/v1/jobs/%FF", "https://h.example/v1/jobs/%EF%BF%BD"],
    ["%FE in the path", "https://h.example/v1/jobs/%FE", "https://h.example/v1/jobs/%EF%BF%BD"],
    ["an overlong UTF-8 escape", "https://h.example/v1/%C0%AF", "https://h.example/v1/%EF%BF%BD%EF%BF%BD"],
    ["a lone % in the path", "https://h.example/v1/100%zz", "https://h.example/v1/100%25zz"],
    ["%FF in the query", "https://h.example/v1/jobs?name=%FF", "https://h.example/v1/jobs?name=%EF%BF%BD"],
    ["a lone % in the query", "https://h.example/v1/jobs?name=50%", "https://h.example/v1/jobs?name=50%25"],
  ])("refuses %s", async (_name, url, lenientTwin) => {
    const headers = await signRequest({ method: "GET", url: lenientTwin }, credentials, {
      date: new Date(signedAt),
    });
    const twin = await verifySignature({ method: "GET", url: lenientTwin, headers }, lookup, {
      now: signedAt,
    });
    expect(twin.ok).toBe(true);
    const result = await verifySignature({ method: "GET", url, headers }, lookup, { now: signedAt });
    expect(result).toMatchObject({ ok: false, reason: "bad_format" });
  });

  it("accepts valid UTF-8 escapes", async () => {
    const request = { method: "GET", url: "https://h.example/v1/%E2%82%AC?q=%E4%BD%A0%20x" };
    const headers = await signRequest(request, credentials, { date: new Date(signedAt) });
    expect(await verifySignature({ ...request, headers }, lookup, { now: signedAt })).toMatchObject({
      ok: true,
    });
  });
});

describe("verifier options never fail open", () => {
  it.each([
    ["now: NaN", { now: Number.NaN }, /options\.now/],
    ["now: Invalid Date", { now: new Date("nope") }, /options\.now/],
    ["now: Infinity", { now: Number.POSITIVE_INFINITY }, /options\.now/],
    ["now: a string", { now: "2026-01-02" }, /options\.now/],
    ["maxSkewMs: NaN", { maxSkewMs: Number.NaN }, /options\.maxSkewMs/],
    ["maxSkewMs: Infinity", { maxSkewMs: Number.POSITIVE_INFINITY }, /options\.maxSkewMs/],
    ["maxSkewMs: -1", { maxSkewMs: -1 }, /options\.maxSkewMs/],
    ["maxSkewMs: a string", { maxSkewMs: "900000" }, /options\.maxSkewMs/],
  ])(
    "%s throws SignerError(invalid_option) instead of accepting a year-old signature",
    async (_name, options, message) => {
      const yearOld = signedAt - 365 * 24 * 3_600_000;
      const request = { method: "GET", url: "https://h.example/v1/jobs" };
      const headers = await signRequest(request, credentials, { date: new Date(yearOld) });
      const outcome = verifySignature({ ...request, headers }, lookup, options as never);
      await expect(outcome).rejects.toThrow(SignerError);
      await expect(outcome).rejects.toMatchObject({
        code: "invalid_option",
        message: expect.stringMatching(message),
      });
    },
  );

  it("throws when lookupSecret is not a function", async () => {
    await expect(
      verifySignature({ method: "GET", url: "https://h.example/" }, "SK1" as never),
    ).rejects.toMatchObject({ code: "invalid_option" });
  });
});
