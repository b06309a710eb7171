import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      "specs/vitest.config.ts",
      "packages/*/vitest.config.ts",
      "tools/*/vitest.config.ts",
      "examples/*/vitest.config.ts",
      "packages/signer/vitest.browser.config.ts",
      "packages/core/vitest.fetch.config.ts",
    ],
    reporters: ["default", "./tools/vitest-summary-reporter.ts"],
  },
});
