import { defineProject } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

export default defineProject({
  test: {
    name: "docs-check",
    include: ["src/**/*.test.ts"],
  },
  resolve: { alias: workspaceAliases },
});
