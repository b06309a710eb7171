import { describe, expect, it } from "vitest";
import { refreshingCredentials } from "./credentials.js";
import { signingMiddleware } from "./middleware.js";

const bad = [Number.NaN, Number.POSITIVE_INFINITY, "60000", null];

describe("the signer's numeric options are validated when given, naming the option", () => {
  it.each([...bad, -1])(
    "refreshingCredentials refreshBeforeMs = %o throws SignerError(invalid_option)",
    (value) => {
      const create = () =>
        refreshingCredentials(async () => ({ ak: "AK", sk: "SK" }), { refreshBeforeMs: value as never });
      expect(create).toThrow(
        expect.objectContaining({
          code: "invalid_option",
          message: expect.stringMatching(/^refreshBeforeMs must be/),
        }),
      );
    },
  );

  it.each(bad)("signingMiddleware clockOffsetMs = %o throws SignerError(invalid_option)", (value) => {
    const create = () => signingMiddleware({ ak: "AK", sk: "SK" }, { clockOffsetMs: value as never });
    expect(create).toThrow(
      expect.objectContaining({
        code: "invalid_option",
        message: expect.stringMatching(/^clockOffsetMs must be/),
      }),
    );
  });

  it("accepts a negative clockOffsetMs (a clock ahead of the server's)", () => {
    expect(() => signingMiddleware({ ak: "AK", sk: "SK" }, { clockOffsetMs: -5_000 })).not.toThrow();
  });
});
