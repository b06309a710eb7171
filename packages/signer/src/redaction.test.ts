import { createHash } from "node:crypto";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { RedactedCredentials, fromEnv, refreshingCredentials, staticCredentials } from "./credentials.js";
import { SignerError } from "./errors.js";
import { signingMiddleware } from "./middleware.js";
import { canonicalRequest, signRequest } from "./sign.js";
import { verifySignature } from "./verify.js";

const SK = "SK-super-secret-value";
const TOKEN = "TOKEN-super-secret-value";

function everyRendering(value: unknown): string {
  return [
    inspect(value, { depth: 10, showHidden: true, getters: true }),
    JSON.stringify(value) ?? "",
    String(value),
    `${value instanceof Error ? `${value.message} ${value.stack}` : ""}`,
  ].join("\n");
}

describe("secrets never show", () => {
  it("in RedactedCredentials via inspect, JSON, toString", () => {
    const credentials = new RedactedCredentials({ ak: "AK", sk: SK, securityToken: TOKEN });
    const text = everyRendering(credentials);
    expect(text).not.toContain(SK);
    expect(text).not.toContain(TOKEN);
    expect(text).toContain("AK");
    expect(JSON.parse(JSON.stringify(credentials))).toEqual({
      ak: "AK",
      sk: "[REDACTED]",
      securityToken: "[REDACTED]",
    });
    expect(Object.keys(credentials)).toEqual(["ak"]);
  });

  it("in providers and what they resolve to", async () => {
    const providers = [
      staticCredentials({ ak: "AK", sk: SK, securityToken: TOKEN }),
      refreshingCredentials(async () => ({ ak: "AK", sk: SK, securityToken: TOKEN })),
    ];
    for (const provider of providers) {
      expect(everyRendering(provider)).not.toContain(SK);
      const resolved = await provider();
      expect(everyRendering(resolved)).not.toContain(SK);
      expect(everyRendering(resolved)).not.toContain(TOKEN);
    }
    const env = fromEnv({
      HUAWEICLOUD_SDK_AK: "AK",
      HUAWEICLOUD_SDK_SK: SK,
      HUAWEICLOUD_SDK_SECURITY_TOKEN: TOKEN,
    });
    expect(everyRendering(env)).not.toContain(SK);
    expect(everyRendering(env)).not.toContain(TOKEN);
  });

  it("in the middleware object", () => {
    const middleware = signingMiddleware({ ak: "AK", sk: SK, securityToken: TOKEN });
    expect(everyRendering(middleware)).not.toContain(SK);
  });

  it("in any SignerError thrown while signing", async () => {
    const errors: unknown[] = [];
    const attempts: Array<() => Promise<unknown>> = [
      () => signRequest({ method: "GET", url: "/relative" }, { ak: "AK", sk: SK, securityToken: TOKEN }),
      () =>
        signRequest(
          { method: "GET", url: "https://h/", headers: { "X-A": `${SK}\nx` } },
          { ak: "AK", sk: SK },
        ),
      () =>
        signRequest({ method: "GET", url: "https://h/" }, { ak: "AK", sk: SK, securityToken: `${TOKEN}\n` }),
      () => signRequest({ method: "GET", url: "https://h/" }, { ak: `${SK} x`, sk: SK }),
      () => signRequest({ method: "GET", url: "https://h/", body: 1 as never }, { ak: "AK", sk: SK }),
      () => refreshingCredentials(async () => ({ ak: "AK", sk: SK, expiresAt: TOKEN }))(),
    ];
    for (const attempt of attempts) {
      try {
        await attempt();
      } catch (error) {
        errors.push(error);
      }
    }
    expect(errors).toHaveLength(attempts.length);
    for (const error of errors) {
      expect(error).toBeInstanceOf(SignerError);
      expect(everyRendering(error)).not.toContain(SK);
      expect(everyRendering(error)).not.toContain(TOKEN);
    }
  });

  it("in verification results, even for a tampered Authorization header", async () => {
    const request = { method: "GET", url: "https://h/" };
    const headers = await signRequest(request, { ak: "AK", sk: SK, securityToken: TOKEN });
    const authorization = headers.get("authorization")!;
    headers.set("authorization", `${authorization}0`);
    const result = await verifySignature({ ...request, headers }, () => SK);
    const text = everyRendering(result);
    expect(result.ok).toBe(false);
    expect(text).not.toContain(SK);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(authorization);
  });
});

describe("canonicalRequest() is secret-free", () => {
  it("shows the security token and an X-Auth-Token as [redacted], while signing over the real values", async () => {
    const request = {
      method: "GET",
      url: "https://h.example/v1",
      headers: { "X-Auth-Token": "iam-token-secret" },
    };
    const temporary = { ak: "AK", sk: "SK-secret", securityToken: "security-token-secret" };
    const date = new Date(Date.UTC(2026, 0, 2));
    const parts = await canonicalRequest(request, temporary, { date });
    const text = JSON.stringify(parts);
    expect(text).not.toContain("security-token-secret");
    expect(text).not.toContain("iam-token-secret");
    expect(text).not.toContain("SK-secret");
    expect(parts.canonicalRequest).toContain("x-security-token:[redacted]\n");
    expect(parts.canonicalRequest).toContain("x-auth-token:[redacted]\n");
    // The string to sign still hashes the real lines, as the server does.
    const real = parts.canonicalRequest
      .replace("x-security-token:[redacted]", "x-security-token:security-token-secret")
      .replace("x-auth-token:[redacted]", "x-auth-token:iam-token-secret");
    expect(parts.stringToSign.split("\n")[2]).toBe(createHash("sha256").update(real).digest("hex"));
  });
});
