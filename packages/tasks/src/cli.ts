#!/usr/bin/env node
import { runCli } from "./cli/run.js";

const controller = new AbortController();
process.once("SIGINT", () => controller.abort());
process.once("SIGTERM", () => controller.abort());

runCli(
  process.argv.slice(2),
  process.env,
  { out: process.stdout, err: process.stderr },
  controller.signal,
).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // An abort during a list (Ctrl+C) is a normal way to stop.
    if (controller.signal.aborted) process.exit(130);
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exit(1);
  },
);
