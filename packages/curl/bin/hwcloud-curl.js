#!/usr/bin/env node
// A committed launcher (not dist/ itself), so a workspace install before a build links the bin without warnings.
import("../dist/index.js").then(
  async ({ runCurl }) => {
    process.exitCode = await runCurl(process.argv.slice(2), {
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  },
  (error) => {
    if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
    console.error('hwcloud-curl is not built yet: run "pnpm build" first.');
    process.exitCode = 1;
  },
);
