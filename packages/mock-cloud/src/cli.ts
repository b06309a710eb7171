#!/usr/bin/env node
import { parseArgs } from "node:util";
import { DEMO_IAM_TOKEN, DEMO_PROJECT_ID } from "./create-mock-cloud.js";
import { startMockCloud } from "./start-mock-cloud.js";

const usage = `Usage: mock-cloud [--port N] [--dataset seeded|examples] [--seed S] [--job-duration MS]

Serves every operation of the bundled Huawei Cloud specs on 127.0.0.1 until interrupted.
  --port          port to listen on (default 0: any free port)
  --dataset       seeded (default): hundreds of generated tasks and jobs; examples: the specs' examples
  --seed          seed of the generated data (default 1)
  --job-duration  ms until the first running job settles (default 4000)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "0" },
      dataset: { type: "string", default: "seeded" },
      seed: { type: "string", default: "1" },
      "job-duration": { type: "string", default: "4000" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return console.log(usage);
  const port = Number(values.port);
  const jobDurationMs = Number(values["job-duration"]);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, got ${values.port}`);
  if (values.dataset !== "seeded" && values.dataset !== "examples") {
    throw new Error(`--dataset must be seeded or examples, got ${values.dataset}`);
  }
  if (!Number.isFinite(jobDurationMs) || jobDurationMs < 0) throw new Error(`--job-duration must be >= 0 ms`);

  const mock = await startMockCloud({ port, dataset: values.dataset, seed: values.seed, jobDurationMs });
  console.log(`Mock Huawei Cloud listening on ${mock.url} (${values.dataset} dataset)`);
  console.log(`  HUAWEICLOUD_SDK_AK=${mock.credentials.ak}`);
  console.log(`  HUAWEICLOUD_SDK_SK=${mock.credentials.sk}`);
  console.log(`  project id: any, e.g. ${DEMO_PROJECT_ID}; X-Auth-Token: ${DEMO_IAM_TOKEN}`);
  console.log(`Operations (use ${mock.url} as each client's endpoint):`);
  for (const operation of mock.operations) {
    console.log(
      `  ${operation.service.padEnd(14)} ${operation.method} ${operation.pathTemplate}  (${operation.operationId})`,
    );
  }
  console.log("Press Ctrl+C to stop.");
  const stop = () => void mock.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
