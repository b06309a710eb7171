import { defineProject } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

export default defineProject({
  // The mock cloud runs from the workspace sources; everything under test is installed from the registry.
  resolve: { alias: workspaceAliases },
  test: {
    name: "release",
    include: ["src/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
