import { beforeEach, describe, expect, it, vi } from "vitest";
import { inspect } from "node:util";
import { SignerError } from "@hwcloud/signer";
import { createAuthenticator } from "./auth.js";
import { HuaweiCloudConfigError, HuaweiCloudCredentialsError } from "./errors.js";

const signed = vi.hoisted(() => [] as object[]);
vi.mock("@hwcloud/signer", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@hwcloud/signer")>();
  return {
    ...actual,
    signHeaders: (request: never, credentials: object, options: never) => {
      signed.push(credentials);
      return actual.signHeaders(request, credentials as never, options);
    },
  };
});

const request = () => ({
  method: "GET",
  url: "https://svc.example.com/v2/p/tasks",
  headers: {},
  body: undefined,
});

beforeEach(() => {
  signed.length = 0;
});

describe("credentials providers", () => {
  it("signs with the same credentials object while the provider returns the same pair, so signing keys stay cached", async () => {
    const auth = createAuthenticator(async () => ({ ak: "AK1", sk: "SK1" }), {});
    await auth.apply(request(), new Date());
    await auth.apply(request(), new Date());
    expect(signed).toHaveLength(2);
    expect(signed[1]).toBe(signed[0]);
  });

  it("signs with a new credentials object once the provider returns a different pair", async () => {
    let sk = "SK1";
    const auth = createAuthenticator(async () => ({ ak: "AK1", sk }), {});
    const first = await auth.apply(request(), new Date());
    sk = "SK2";
    const second = await auth.apply(request(), new Date());
    expect(signed[1]).not.toBe(signed[0]);
    expect(signed[1]).toMatchObject({ ak: "AK1", sk: "SK2" });
    expect(second.authorization).not.toBe(first.authorization);
  });
});

describe("one shared refresh", () => {
  it.each([
    ["with expiresAt", () => ({ expiresAt: Date.now() + 3_600_000 })],
    ["without expiresAt", () => ({})],
  ])("200 concurrent requests make one provider call %s", async (_name, expiry) => {
    let calls = 0;
    const auth = createAuthenticator(async () => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { ak: "AK1", sk: "SK1", securityToken: "tok", ...expiry() };
    }, {});
    const headers = await Promise.all(Array.from({ length: 200 }, () => auth.apply(request(), new Date())));
    expect(calls).toBe(1);
    expect(headers.every((h) => h["x-security-token"] === "tok")).toBe(true);
  });

  it("refreshes again after a failed refresh, and every waiting request gets the typed failure", async () => {
    let calls = 0;
    const auth = createAuthenticator(async () => {
      calls++;
      if (calls === 1) throw new Error("vault down");
      return { ak: "AK1", sk: "SK1", expiresAt: Date.now() + 3_600_000 };
    }, {});
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => auth.apply(request(), new Date())),
    );
    expect(results.map((r) => r.status)).toEqual(Array(5).fill("rejected"));
    expect((results[0] as PromiseRejectedResult).reason).toBeInstanceOf(HuaweiCloudCredentialsError);
    await auth.apply(request(), new Date());
    expect(calls).toBe(2);
  });
});

describe("errors from signing and tokens stay in core's hierarchy and never echo secrets", () => {
  it("a malformed AK is a HuaweiCloudConfigError keeping the signer's error as cause", async () => {
    const auth = createAuthenticator({ ak: "AK,1", sk: "SECRET-SK" }, {});
    const error = await auth.apply(request(), new Date()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudConfigError);
    expect((error as Error).cause).toBeInstanceOf(SignerError);
    expect(inspect(error)).not.toContain("SECRET-SK");
  });

  it.each(["tok\r\nX-Evil: 1", "tok\n", "tok\u0000"])(
    "an IAM token holding %j is a HuaweiCloudConfigError that does not echo it",
    async (token) => {
      expect(() => createAuthenticator({ iamToken: token }, {})).toThrow(HuaweiCloudConfigError);
      const fromFunction = createAuthenticator({ iamToken: async () => token }, {});
      const error = await fromFunction.apply(request(), new Date()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HuaweiCloudConfigError);
      expect(inspect(error)).not.toContain("tok");
      expect((error as Error).stack).not.toContain("tok");
    },
  );
});
