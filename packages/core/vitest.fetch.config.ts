import { defineProject } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

// The runtime's behaviour suites again, on the fetch transport (the core project runs them on node:http).
export default defineProject({
  test: {
    name: "core-fetch",
    include: ["src/**/*.test.ts"],
    exclude: ["src/bundle.test.ts", "src/options.test.ts", "src/time-format.test.ts", "src/endpoint.test.ts"],
    env: { HWCLOUD_TEST_TRANSPORT: "fetch" },
  },
  resolve: { alias: workspaceAliases },
});
