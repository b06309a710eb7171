import { defineProject } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

export default defineProject({
  // The mock cloud runs from the workspace sources; what is under test is installed from the tarballs.
  resolve: { alias: workspaceAliases },
  test: {
    name: "pack-release",
    include: ["src/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
