import { defineProject } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

export default defineProject({
  resolve: { alias: workspaceAliases },
  test: {
    name: "generator",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Type tests (test/**/*.test-d.ts) are checked by `pnpm typecheck` (tsconfig.json includes test/), not here:
    // vitest's typecheck mode prints an "experimental feature" notice on every run.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
