import { describe, expect, it, vi } from "vitest";
import {
  CREDENTIAL_ENV_VARS,
  RedactedCredentials,
  fromEnv,
  refreshingCredentials,
  resolveCredentials,
  staticCredentials,
} from "./credentials.js";
import { SignerError } from "./errors.js";

const valid = { ak: "AK", sk: "SK" };

describe("credential validation", () => {
  it.each([
    ["a missing AK", { sk: "SK" }, "credentials.ak must be a non-empty string"],
    ["an empty AK", { ak: "", sk: "SK" }, "credentials.ak must be a non-empty string"],
    ["an AK with a comma", { ak: "A,K", sk: "SK" }, "credentials.ak must not contain spaces"],
    ["an AK with a space", { ak: "A K", sk: "SK" }, "credentials.ak must not contain spaces"],
    ["a missing SK", { ak: "AK" }, "credentials.sk must be a non-empty string"],
    ["an empty SK", { ak: "AK", sk: "" }, "credentials.sk must be a non-empty string"],
    [
      "a non-string token",
      { ak: "AK", sk: "SK", securityToken: 1 },
      "credentials.securityToken must be a string",
    ],
    [
      "a token with a line break",
      { ak: "AK", sk: "SK", securityToken: "a\nb" },
      "must not contain line breaks",
    ],
    ["not an object", "AK:SK", "credentials must be an object"],
  ])("rejects %s with invalid_credentials", (_, credentials, message) => {
    expect(() => new RedactedCredentials(credentials as never)).toThrowError(
      expect.objectContaining({
        name: "SignerError",
        code: "invalid_credentials",
        message: expect.stringContaining(message),
      }),
    );
  });
});

describe("staticCredentials", () => {
  it("resolves the same object every time, so the imported key is reused", async () => {
    const provider = staticCredentials(valid);
    const first = await provider();
    expect(await provider()).toBe(first);
    expect(first.sk).toBe("SK");
  });

  it("validates eagerly", () => {
    expect(() => staticCredentials({ ak: "AK", sk: "" })).toThrow(SignerError);
  });
});

describe("refreshingCredentials", () => {
  it("caches until refreshBeforeMs before expiry, then refreshes", async () => {
    let clock = 0;
    const fetch = vi.fn(async () => ({
      ak: `AK${fetch.mock.calls.length}`,
      sk: "SK",
      expiresAt: clock + 60_000,
    }));
    const provider = refreshingCredentials(fetch, { refreshBeforeMs: 10_000, now: () => clock });
    expect((await provider()).ak).toBe("AK1");
    clock = 49_999;
    expect((await provider()).ak).toBe("AK1");
    clock = 50_000;
    expect((await provider()).ak).toBe("AK2");
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("shares one in-flight refresh between concurrent callers", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetch = vi.fn(async () => {
      await gate;
      return { ...valid, expiresAt: Date.now() + 3_600_000 };
    });
    const provider = refreshingCredentials(fetch);
    const pending = Promise.all([provider(), provider(), provider()]);
    release();
    const [a, b, c] = await pending;
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(b).toBe(c);
  });

  it("keeps credentials without expiresAt forever", async () => {
    const fetch = vi.fn(async () => valid);
    const provider = refreshingCredentials(fetch, { now: () => Number.MAX_SAFE_INTEGER });
    await provider();
    await provider();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("accepts ISO strings and Dates for expiresAt", async () => {
    let clock = Date.parse("2026-01-01T00:00:00Z");
    const expiries = ["2026-01-01T01:00:00.000000Z", new Date("2026-01-01T02:00:00Z")];
    const fetch = vi.fn(async () => ({ ...valid, expiresAt: expiries[fetch.mock.calls.length - 1] }));
    const provider = refreshingCredentials(fetch, { refreshBeforeMs: 0, now: () => clock });
    await provider();
    clock = Date.parse("2026-01-01T01:00:00Z");
    await provider();
    clock = Date.parse("2026-01-01T01:59:59Z");
    await provider();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("uses the cached credentials while still valid when a refresh fails, and retries next time", async () => {
    let clock = 0;
    let fail = false;
    const fetch = vi.fn(async () => {
      if (fail) throw new Error("sts down");
      return { ...valid, expiresAt: 60_000 };
    });
    const provider = refreshingCredentials(fetch, { refreshBeforeMs: 30_000, now: () => clock });
    const first = await provider();
    fail = true;
    clock = 40_000;
    expect(await provider()).toBe(first);
    expect(fetch).toHaveBeenCalledTimes(2);
    clock = 60_000;
    await expect(provider()).rejects.toMatchObject({ code: "credentials_unavailable" });
  });

  it("rejects an unparseable expiresAt", async () => {
    const provider = refreshingCredentials(async () => ({ ...valid, expiresAt: "soon" }));
    await expect(provider()).rejects.toMatchObject({ code: "invalid_credentials" });
  });
});

describe("fromEnv", () => {
  it("reads the variables the official SDKs read", () => {
    expect(CREDENTIAL_ENV_VARS).toEqual({
      ak: "HUAWEICLOUD_SDK_AK",
      sk: "HUAWEICLOUD_SDK_SK",
      securityToken: "HUAWEICLOUD_SDK_SECURITY_TOKEN",
    });
    const credentials = fromEnv({
      HUAWEICLOUD_SDK_AK: "AK",
      HUAWEICLOUD_SDK_SK: "SK",
      HUAWEICLOUD_SDK_SECURITY_TOKEN: "T",
    });
    expect([credentials.ak, credentials.sk, credentials.securityToken]).toEqual(["AK", "SK", "T"]);
  });

  it("reads process.env by default", () => {
    vi.stubEnv("HUAWEICLOUD_SDK_AK", "ENVAK");
    vi.stubEnv("HUAWEICLOUD_SDK_SK", "ENVSK");
    try {
      expect(fromEnv().ak).toBe("ENVAK");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each([
    ["HUAWEICLOUD_SDK_AK", { HUAWEICLOUD_SDK_SK: "SK" }],
    ["HUAWEICLOUD_SDK_SK", { HUAWEICLOUD_SDK_AK: "AK" }],
  ])("names %s when it is missing", (name, env) => {
    expect(() => fromEnv(env)).toThrowError(
      expect.objectContaining({ code: "credentials_unavailable", message: `${name} is not set` }),
    );
  });

  it("treats an empty security token as none", () => {
    expect(
      fromEnv({ HUAWEICLOUD_SDK_AK: "AK", HUAWEICLOUD_SDK_SK: "SK", HUAWEICLOUD_SDK_SECURITY_TOKEN: "" })
        .securityToken,
    ).toBe(undefined);
  });
});

describe("resolveCredentials", () => {
  it("wraps a provider failure in credentials_unavailable, keeping the cause", async () => {
    const cause = new Error("boom");
    await expect(resolveCredentials(() => Promise.reject(cause))).rejects.toMatchObject({
      code: "credentials_unavailable",
      cause,
    });
  });

  it("validates what a provider returns", async () => {
    await expect(resolveCredentials(async () => ({ ak: "AK", sk: "" }))).rejects.toMatchObject({
      code: "invalid_credentials",
    });
  });
});
