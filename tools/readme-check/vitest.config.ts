import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "readme-check",
    include: ["src/**/*.test.ts"],
    // Each block runs in its own node process: two at a time keeps a 2-core runner responsive.
    maxConcurrency: 2,
  },
});
