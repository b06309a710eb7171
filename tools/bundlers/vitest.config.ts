import { defineProject } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

export default defineProject({
  // The mock cloud runs from the workspace sources; the page is built from the packed tarballs.
  resolve: { alias: workspaceAliases },
  test: {
    name: "bundlers",
    include: ["src/**/*.test.ts"],
    hookTimeout: 300_000,
  },
});
