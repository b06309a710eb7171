import { describe, expect, it } from "vitest";
import { signRequest } from "./sign.js";
import { verifySignature, type VerifyFailureReason } from "./verify.js";

const credentials = { ak: "AK1", sk: "SK1" };
const secrets: Record<string, string> = { AK1: "SK1" };
const lookup = (ak: string) => secrets[ak];
const signedAt = Date.UTC(2026, 0, 2, 3, 4, 5);
const request = {
  method: "POST",
  url: "https://h.example/v1/jobs?limit=10",
  headers: { "Content-Type": "application/json" },
  body: '{"a":1}',
};

async function signed(overrides: Partial<typeof request> = {}) {
  const r = { ...request, ...overrides };
  return { ...r, headers: await signRequest(r, credentials, { date: new Date(signedAt) }) };
}

function withHeader(headers: Headers, name: string, value: string | null): Headers {
  const copy = new Headers(headers);
  if (value === null) copy.delete(name);
  else copy.set(name, value);
  return copy;
}

describe("verifySignature", () => {
  it("accepts a request signed with the caller's secret", async () => {
    const result = await verifySignature(await signed(), lookup, { now: signedAt });
    expect(result).toEqual({
      ok: true,
      ak: "AK1",
      signedHeaders: ["content-type", "host", "x-sdk-date"],
    });
  });

  it("accepts a fetch Request and reads its body from a clone", async () => {
    const s = await signed();
    const fetchRequest = new Request(s.url, { method: s.method, headers: s.headers, body: s.body });
    expect(await verifySignature(fetchRequest, lookup, { now: signedAt })).toMatchObject({ ok: true });
    expect(await fetchRequest.text()).toBe(request.body);
  });

  it("accepts Node-style headers with array values", async () => {
    const s = await signed();
    const nodeHeaders: Record<string, string | string[]> = Object.fromEntries(s.headers);
    expect(await verifySignature({ ...s, headers: nodeHeaders }, lookup, { now: signedAt })).toMatchObject({
      ok: true,
    });
  });

  it("passes the security token to the secret lookup", async () => {
    const r = { method: "GET", url: "https://h.example/" };
    const headers = await signRequest(
      r,
      { ...credentials, securityToken: "tok" },
      { date: new Date(signedAt) },
    );
    const seen: Array<string | undefined> = [];
    const result = await verifySignature(
      { ...r, headers },
      (ak, { securityToken }) => {
        seen.push(securityToken);
        return lookup(ak);
      },
      { now: signedAt },
    );
    expect(result.ok).toBe(true);
    expect(seen).toEqual(["tok"]);
  });

  it("accepts a date within the skew and rejects one beyond it (default 15 minutes)", async () => {
    const s = await signed();
    expect((await verifySignature(s, lookup, { now: signedAt + 15 * 60_000 })).ok).toBe(true);
    expect(await verifySignature(s, lookup, { now: signedAt - 15 * 60_000 - 1 })).toMatchObject({
      reason: "stale_date",
    });
    expect(await verifySignature(s, lookup, { now: signedAt + 61_000, maxSkewMs: 60_000 })).toMatchObject({
      reason: "stale_date",
    });
  });

  const tampered: ReadonlyArray<
    readonly [string, VerifyFailureReason, (s: Awaited<ReturnType<typeof signed>>) => object]
  > = [
    [
      "no Authorization header",
      "missing_header",
      (s) => ({ ...s, headers: withHeader(s.headers, "authorization", null) }),
    ],
    [
      "no X-Sdk-Date header",
      "missing_header",
      (s) => ({ ...s, headers: withHeader(s.headers, "x-sdk-date", null) }),
    ],
    [
      "a signed header missing",
      "missing_header",
      (s) => ({ ...s, headers: withHeader(s.headers, "content-type", null) }),
    ],
    [
      "another scheme",
      "bad_format",
      (s) => ({ ...s, headers: withHeader(s.headers, "authorization", "Bearer x") }),
    ],
    [
      "a short signature",
      "bad_format",
      (s) => ({
        ...s,
        headers: withHeader(s.headers, "authorization", s.headers.get("authorization")!.slice(0, -1)),
      }),
    ],
    [
      "x-sdk-date not signed",
      "bad_format",
      (s) => ({
        ...s,
        headers: withHeader(
          s.headers,
          "authorization",
          s.headers
            .get("authorization")!
            .replace("SignedHeaders=content-type;host;x-sdk-date", "SignedHeaders=host"),
        ),
      }),
    ],
    [
      "a malformed date",
      "bad_format",
      (s) => ({ ...s, headers: withHeader(s.headers, "x-sdk-date", "2026-01-02") }),
    ],
    [
      "an unknown AK",
      "unknown_ak",
      (s) => ({
        ...s,
        headers: withHeader(
          s.headers,
          "authorization",
          s.headers.get("authorization")!.replace("AK1", "AK2"),
        ),
      }),
    ],
    ["a changed body", "mismatch", (s) => ({ ...s, body: '{"a":2}' })],
    ["a changed query", "mismatch", (s) => ({ ...s, url: "https://h.example/v1/jobs?limit=11" })],
    ["a changed path", "mismatch", (s) => ({ ...s, url: "https://h.example/v1/job?limit=10" })],
    ["a changed method", "mismatch", (s) => ({ ...s, method: "PUT" })],
    ["a changed host", "mismatch", (s) => ({ ...s, url: "https://other.example/v1/jobs?limit=10" })],
    [
      "a changed signed header",
      "mismatch",
      (s) => ({ ...s, headers: withHeader(s.headers, "content-type", "text/plain") }),
    ],
  ];

  it.each(tampered)("rejects %s as %s", async (_, reason, tamper) => {
    const result = await verifySignature(tamper(await signed()) as never, lookup, { now: signedAt });
    expect(result).toMatchObject({ ok: false, reason });
  });

  it("never puts the secret, token or Authorization value in a failure message", async () => {
    const s = await signed();
    const results = await Promise.all(
      tampered.map(([, , tamper]) => verifySignature(tamper(s) as never, lookup, { now: signedAt })),
    );
    for (const result of results) {
      const text = JSON.stringify(result);
      expect(text).not.toContain("SK1");
      expect(text).not.toContain(s.headers.get("authorization")!.split("Signature=")[1]);
    }
  });
});
