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

describe("what the operations-only client bundles", () => {
  it("carries no paging or waiter data of the service", async () => {
    const { code } = await measureBundle();
    expect(code).toContain("ListCenterTask");
    // DCS's waiter (waitForJob on showJobInfo, reason in fail_reason) and ListCenterTask's paging (task_count).
    expect(code).not.toMatch(/waitForJob|fail_reason|task_count|offsetParam/);
  });
});

describe("bundle size by behaviour", () => {
  it("attributes the bundle's bytes to the issue's behaviours, with no module left unnamed", async () => {
    const { minified, gzipped, behaviours, modules } = await measureBundle();
    expect(modules.map(({ module }) => module)).toContain("packages/core/src/errors.ts");
    const names = behaviours.map(({ behaviour }) => behaviour);
    expect(names).not.toContain("other");
    for (const required of ["signing", "typed errors with status families", "redirect guard", "clock skew"]) {
      expect(names).toContain(required);
    }
    // Every output byte but esbuild's own glue comes from a source module.
    const attributed = behaviours.reduce((sum, { minified: bytes }) => sum + bytes, 0);
    expect(attributed).toBeGreaterThan(minified * 0.95);
    expect(attributed).toBeLessThanOrEqual(minified);
    for (const { gzipped: share } of behaviours) {
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThan(gzipped);
    }
  });
});
