// The rule tests, run by Node (both crypto backends) and by Chromium (WebCrypto only).
import { describe, expect, it } from "vitest";
import { canonicalQueryString, canonicalUri } from "../canonical.js";
import type { CryptoBackend } from "../crypto.js";
import { checkCredentials } from "../credentials.js";
import { signCheckedRequest } from "../sign-checked.js";
import { canonicalRequest, signRequest } from "../sign.js";
import { verifySignature } from "../verify.js";
import { toChecked, toSignable } from "./oracle-request.js";
import { canonicalCases, queryCases, uriCases } from "./rule-cases.js";
import { vectors } from "./vectors.js";

export function defineRuleSuite(backend: CryptoBackend): void {
  const credentials = { ak: "AK", sk: "SK" };

  describe(`canonical URI (${backend.name})`, () => {
    it.each(uriCases)("%s", (_, pathname, want) => {
      expect(canonicalUri(pathname)).toBe(want);
    });
  });

  describe(`canonical query string (${backend.name})`, () => {
    it.each(queryCases)("%s", (_, search, want) => {
      expect(canonicalQueryString(search)).toBe(want);
    });
  });

  describe(`canonical request (${backend.name})`, () => {
    it.each(canonicalCases)("%s", async (_, c) => {
      const parts = await canonicalRequest(c.request, c.credentials ?? credentials, {
        date: c.date,
        backend,
      });
      expect(parts.canonicalRequest).toBe(c.want.join("\n"));
    });
  });

  describe(`official SDK vectors (${backend.name})`, () => {
    it.each(vectors.map((v) => [v.name, v] as const))("%s", async (_, v) => {
      const headers = await signRequest(toSignable(v.request), v.credentials, { backend });
      expect(headers.get("authorization")).toBe(v.authorization);
      const verified = await verifySignature(
        { ...toSignable(v.request), headers },
        (ak) => (ak === v.credentials.ak ? v.credentials.sk : undefined),
        { now: Date.UTC(2026, 0, 2, 3, 4, 5), backend },
      );
      expect(verified.ok).toBe(true);
    });

    it.each(vectors.map((v) => [v.name, v] as const))("%s, signed by signCheckedRequest", async (_, v) => {
      const { request, date } = toChecked(v.request);
      const headers = await signCheckedRequest(request, checkCredentials(v.credentials), date, backend);
      expect(headers.authorization).toBe(v.authorization);
    });
  });

  describe(`signed headers (${backend.name})`, () => {
    it("adds X-Sdk-Date and Authorization but never Host", async () => {
      const headers = await signRequest({ method: "GET", url: "https://h.example:8443/v1" }, credentials, {
        date: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
        backend,
      });
      expect([...headers.keys()]).toEqual(["authorization", "x-sdk-date"]);
      expect(headers.get("x-sdk-date")).toBe("20260102T030405Z");
      expect(headers.get("authorization")).toMatch(
        /^SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=[0-9a-f]{64}$/,
      );
    });

    it("hashes string, Uint8Array, ArrayBuffer and DataView bodies of the same bytes alike", async () => {
      const text = '{"a":"ü"}';
      const bytes = new TextEncoder().encode(text);
      const date = new Date(0);
      const sign = async (body: Parameters<typeof signRequest>[0]["body"]) =>
        (
          await signRequest({ method: "POST", url: "https://h.example/", body }, credentials, {
            date,
            backend,
          })
        ).get("authorization");
      const want = await sign(text);
      expect(await sign(bytes)).toBe(want);
      expect(await sign(bytes.slice().buffer)).toBe(want);
      expect(await sign(new DataView(bytes.slice().buffer))).toBe(want);
      expect(await sign(null)).toBe(await sign(""));
    });

    it("re-signing a signed request gives the same signature", async () => {
      const request = { method: "GET", url: "https://h.example/v1?x=1" };
      const date = new Date(Date.UTC(2026, 0, 2));
      const first = await signRequest(request, credentials, { date, backend });
      const again = await signRequest({ ...request, headers: first }, credentials, { date, backend });
      expect(again.get("authorization")).toBe(first.get("authorization"));
    });
  });
}
