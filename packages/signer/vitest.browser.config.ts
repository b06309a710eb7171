import { playwright } from "@vitest/browser-playwright";
import { defineProject } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

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
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      }),
      instances: [{ browser: "chromium" }],
    },
  },
});
