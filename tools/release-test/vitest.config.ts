import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "release",
    include: ["src/**/*.test.ts"],
    // One registry and one publish are shared by every install, so the suite runs in a single worker.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
