#!/usr/bin/env node
import { banner, parseCliOptions, USAGE } from "./cli-options.js";
import { startMockCloud } from "./start-mock-cloud.js";

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2));
  if (options.help) return console.log(USAGE);
  const { port, dataset, seed, jobDurationMs } = options;
  const mock = await startMockCloud({ port, dataset, seed, jobDurationMs });
  console.log(banner(mock, dataset));
  const stop = () => void mock.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
