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
    signCheckedRequest: (request: never, credentials: object, date: Date) => {
      signed.push(credentials);
      return actual.signCheckedRequest(request, credentials as never, date);
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

describe("signing without a promise per request", () => {
  it("signs with fixed credentials synchronously in Node: apply returns the headers, not a promise", () => {
    const auth = createAuthenticator({ ak: "AK1", sk: "SK1", securityToken: "tok" }, { projectId: "p1" });
    const headers = auth.apply(request(), new Date(Date.UTC(2026, 0, 2, 3, 4, 5)));
    expect(headers).not.toBeInstanceOf(Promise);
    expect(headers).toMatchObject({
      "x-project-id": "p1",
      "x-sdk-date": "20260102T030405Z",
      "x-security-token": "tok",
      authorization: expect.stringMatching(
        /^SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-project-id;x-sdk-date;x-security-token, Signature=[0-9a-f]{64}$/,
      ),
    });
  });

  it("checks fixed credentials once: every request signs with the one checked object, whose inspection hides the SK", () => {
    const auth = createAuthenticator({ ak: "AK1", sk: "SECRET-SK" }, {});
    auth.apply(request(), new Date());
    auth.apply(request(), new Date());
    expect(signed).toHaveLength(2);
    expect(signed[1]).toBe(signed[0]);
    expect(inspect(signed[0])).not.toContain("SECRET-SK");
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
  it("a malformed fixed AK is a HuaweiCloudConfigError when the authenticator is made, keeping the signer's error as cause", () => {
    let error: unknown;
    try {
      createAuthenticator({ ak: "AK,1", sk: "SECRET-SK" }, {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HuaweiCloudConfigError);
    expect((error as Error).cause).toBeInstanceOf(SignerError);
    expect(inspect(error)).not.toContain("SECRET-SK");
  });

  it("a malformed AK from a provider is a HuaweiCloudConfigError for the call, before anything is signed", async () => {
    const auth = createAuthenticator(async () => ({ ak: "AK\n1", sk: "SECRET-SK" }), {});
    const error = await Promise.resolve(auth.apply(request(), new Date())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudConfigError);
    expect((error as Error).cause).toBeInstanceOf(SignerError);
    expect(inspect(error)).not.toContain("SECRET-SK");
    expect(signed).toHaveLength(0);
  });

  it.each(["v\r\nX-Evil: 1", "a\nb", "v\u0000"])(
    "a request header value holding %j is refused with a HuaweiCloudConfigError, not signed or sent",
    (value) => {
      const auth = createAuthenticator({ ak: "AK", sk: "SECRET-SK" }, {});
      const sign = () => auth.apply({ ...request(), headers: { "x-tag": value } }, new Date());
      expect(sign).toThrow(HuaweiCloudConfigError);
      expect(sign).not.toThrow(/SECRET-SK|X-Evil/);
    },
  );

  it.each(["tok\r\nX-Evil: 1", "tok\n", "tok\u0000"])(
    "an IAM token holding %j is a HuaweiCloudConfigError that does not echo it",
    async (token) => {
      expect(() => createAuthenticator({ iamToken: token }, {})).toThrow(HuaweiCloudConfigError);
      const fromFunction = createAuthenticator({ iamToken: async () => token }, {});
      const error = await Promise.resolve(fromFunction.apply(request(), new Date())).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HuaweiCloudConfigError);
      expect(inspect(error)).not.toContain("tok");
      expect((error as Error).stack).not.toContain("tok");
    },
  );
});
