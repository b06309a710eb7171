import { defineProject } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

export default defineProject({
  // The mock cloud runs from the workspace sources; everything under test is installed from the registry.
  resolve: { alias: workspaceAliases },
  test: {
    name: "release",
    include: ["src/**/*.test.ts"],
    testTimeout: 200_000,
    // tsc runs are CPU-bound: more than a few at once only thrashes a 2-core runner.
    maxConcurrency: 3,
    hookTimeout: 600_000,
  },
});
