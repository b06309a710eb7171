import { describe, expect, it } from "vitest";
import { budgetBytes, measureBundle } from "../scripts/size-check.mjs";

describe("browser bundle size", () => {
  it("keeps one DCS operation with signing under the gzip budget", async () => {
    const { minified, gzipped } = await measureBundle();
    console.log(
      `one DCS operation with signing: ${minified} B minified, ${gzipped} B gzipped (budget ${budgetBytes} B)`,
    );
    expect(gzipped).toBeLessThanOrEqual(budgetBytes);
  });
});
