import { describe, expect, it } from "vitest";
import { canonicalRequest, signRequest } from "./sign.js";
import { officialAuthorization } from "./test-support/official-signer.js";
import type { OracleRequest } from "./test-support/oracle-request.js";
import { vectors } from "./test-support/vectors.js";

describe("the committed vectors", () => {
  it.each(vectors.map((v) => [v.name, v] as const))("%s still matches the official Node signer", (_, v) => {
    expect(officialAuthorization(v.request, v.credentials)).toBe(v.authorization);
  });
});

// Where the official Node signer departs from the Go and Python ones (and from what goes on the
// wire), we follow the wire. These tests pin each departure so an SDK change shows up here.
describe("documented disagreements with the official Node signer", () => {
  const credentials = { ak: "AK", sk: "SK" };
  const date = { "X-Sdk-Date": "20260102T030405Z" };
  const base: OracleRequest = {
    method: "GET",
    origin: "https://h.example",
    segments: ["v1"],
    trailingSlash: false,
    query: [],
    headers: date,
  };
  const ours = async (url: string, init: { headers?: Record<string, string>; body?: string } = {}) =>
    (
      await signRequest(
        { method: init.body ? "POST" : "GET", url, headers: { ...date, ...init.headers }, body: init.body },
        credentials,
      )
    ).get("authorization");

  it("Node double-encodes a space in the path (url.parse pre-escapes it); we sign it once, like Go and Python", async () => {
    const official = officialAuthorization({ ...base, segments: ["v1", "a b"] }, credentials);
    expect(await ours("https://h.example/v1/a%20b")).not.toBe(official);
    const parts = await canonicalRequest(
      { method: "GET", url: "https://h.example/v1/a%20b", headers: date },
      credentials,
    );
    expect(parts.canonicalRequest.split("\n")[1]).toBe("/v1/a%20b/");
  });

  it("Node keeps an explicit default port in the signed host; fetch sends Host without it, so we drop it", async () => {
    const withPort = officialAuthorization({ ...base, origin: "https://h.example:443" }, credentials);
    const withoutPort = officialAuthorization(base, credentials);
    expect(await ours("https://h.example:443/v1")).toBe(withoutPort);
    expect(withPort).not.toBe(withoutPort);
  });

  it("Node signs header values untrimmed; Headers (and Go, Python) trim them", async () => {
    const untrimmed = officialAuthorization({ ...base, headers: { ...date, "X-Tag": " a " } }, credentials);
    const trimmed = officialAuthorization({ ...base, headers: { ...date, "X-Tag": "a" } }, credentials);
    expect(await ours("https://h.example/v1", { headers: { "X-Tag": " a " } })).toBe(trimmed);
    expect(untrimmed).not.toBe(trimmed);
  });

  it("Node hashes JSON.stringify(body), so a raw string body gains quotes; we hash the bytes sent", async () => {
    const body = "plain text";
    const official = officialAuthorization({ ...base, method: "POST", json: body }, credentials);
    expect(await ours("https://h.example/v1", { body })).not.toBe(official);
    const parts = await canonicalRequest(
      { method: "POST", url: "https://h.example/v1", headers: date, body },
      credentials,
    );
    // sha256("plain text"), computed with coreutils sha256sum
    expect(parts.canonicalRequest.split("\n").at(-1)).toBe(
      "c9ecf5e54c7b3f2640ecca21f96d4c3625a2b7935104f41c5ede29935a9e52c9",
    );
  });
});
