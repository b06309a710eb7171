import { defineProject } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

// Type-level tests (src/**/*.test-d.ts) are checked by `pnpm typecheck` (tsconfig.test.json), not at run time.
export default defineProject({
  test: { name: "core", include: ["src/**/*.test.ts"] },
  resolve: { alias: workspaceAliases },
});
