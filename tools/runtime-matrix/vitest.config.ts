import { defineProject } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

export default defineProject({
  // The mock cloud runs from the workspace sources; everything under test is installed from the tarballs.
  resolve: { alias: workspaceAliases },
  test: {
    name: "runtime-matrix",
    include: ["src/**/*.test.ts"],
    hookTimeout: 300_000,
  },
});
