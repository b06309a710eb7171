#!/usr/bin/env node
// The bin is this committed file rather than dist/cli.js, so installing the workspace before a build links it
// without a "Failed to create bin" warning; it runs the built CLI.
import("../dist/cli.js").catch((error) => {
  if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
  console.error('hwcloud-tasks is not built yet: run "pnpm build" (or "pnpm tasks") first.');
  process.exitCode = 1;
});
