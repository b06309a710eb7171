import { defineProject } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

export default defineProject({
  resolve: { alias: workspaceAliases },
  test: {
    name: "generator",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Type tests resolve @hwcloud/* to packages/*/src through tsconfig paths, so they need no build.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
