import { beforeEach, describe, expect, it, vi } from "vitest";
import { createAuthenticator } from "./auth.js";

const signed = vi.hoisted(() => [] as object[]);
vi.mock("@hwcloud/signer", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@hwcloud/signer")>();
  return {
    ...actual,
    signRequest: (request: never, credentials: object, options: never) => {
      signed.push(credentials);
      return actual.signRequest(request, credentials as never, options);
    },
  };
});

const request = () => ({
  method: "GET",
  url: "https://svc.example.com/v2/p/tasks",
  headers: new Headers(),
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
    expect(second.get("authorization")).not.toBe(first.get("authorization"));
  });
});
