import { defineProject } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

export default defineProject({
  test: {
    name: "docs-check",
    include: ["src/**/*.test.ts"],
    // The command tests parse pages, compile spec schemas and bundle the CLI; on a busy two-core CI machine
    // that can pass vitest's 5 s default without anything being wrong.
    testTimeout: 30_000,
  },
  resolve: { alias: workspaceAliases },
});
