import { playwright } from "@vitest/browser-playwright";
import { defineProject } from "vitest/config";
import { chromiumLaunchOptions, workspaceAliases } from "../../vitest.shared.ts";

// The rule suite again, in Debian's headless Chromium: proves the WebCrypto path without Node.
export default defineProject({
  resolve: { alias: workspaceAliases },
  test: {
    name: "signer-browser",
    include: ["src/**/*.browser.test.ts"],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: chromiumLaunchOptions,
      }),
      instances: [{ browser: "chromium" }],
    },
  },
});
