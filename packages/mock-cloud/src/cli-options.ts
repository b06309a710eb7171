import { parseArgs } from "node:util";
import { DEMO_IAM_TOKEN, DEMO_PROJECT_ID } from "./create-mock-cloud.js";
import { checkJobDurationMs } from "./job-duration.js";
import type { RunningMockCloud } from "./start-mock-cloud.js";

export const USAGE = `Usage: mock-cloud [--port N] [--dataset seeded|examples] [--seed S] [--job-duration MS]

Serves every operation of the bundled Huawei Cloud specs on 127.0.0.1 until interrupted.
  --port          port to listen on (default 0: any free port)
  --dataset       seeded (default): hundreds of generated tasks and jobs; examples: the specs' examples
  --seed          seed of the generated data (default 1)
  --job-duration  ms until the first running job settles, 0 to 86400000 (default 4000)`;

export interface CliOptions {
  help: boolean;
  port: number;
  dataset: "seeded" | "examples";
  seed: string;
  jobDurationMs: number;
}

/** Reads the command line; throws an Error naming the bad option. */
export function parseCliOptions(args: string[]): CliOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: "0" },
      dataset: { type: "string", default: "seeded" },
      seed: { type: "string", default: "1" },
      "job-duration": { type: "string", default: "4000" },
      help: { type: "boolean", default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, got ${values.port}`);
  if (values.dataset !== "seeded" && values.dataset !== "examples") {
    throw new Error(`--dataset must be seeded or examples, got ${values.dataset}`);
  }
  // Text that is not a number (or is blank, which Number reads as 0) is passed on as text, to be shown as typed.
  const duration = values["job-duration"];
  const jobDurationMs = checkJobDurationMs(
    duration.trim() === "" || Number.isNaN(Number(duration)) ? duration : Number(duration),
    "--job-duration",
  );
  return { help: values.help, port, dataset: values.dataset, seed: values.seed, jobDurationMs };
}

/** What the CLI prints once listening: the URL, the demo AK/SK it accepts and the operations it serves. */
export function banner(mock: RunningMockCloud, dataset: string): string {
  const operations = mock.operations.map(
    (operation) =>
      `  ${operation.service.padEnd(14)} ${operation.method} ${operation.pathTemplate}  (${operation.operationId})`,
  );
  return [
    `Mock Huawei Cloud listening on ${mock.url} (${dataset} dataset)`,
    `  HUAWEICLOUD_SDK_AK=${mock.credentials.ak}`,
    `  HUAWEICLOUD_SDK_SK=${mock.credentials.sk}`,
    `  project id: any, e.g. ${DEMO_PROJECT_ID}; X-Auth-Token: ${DEMO_IAM_TOKEN}`,
    `Operations (use ${mock.url} as each client's endpoint):`,
    ...operations,
    "Press Ctrl+C to stop.",
  ].join("\n");
}
