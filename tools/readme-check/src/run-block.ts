import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";
import { DEMO_CREDENTIALS, DEMO_PROJECT_ID } from "@hwcloud/mock-cloud";
import type { BlockFile } from "./block-files.ts";

const preload = fileURLToPath(new URL("./mock-cloud-fetch.mjs", import.meta.url));

export interface BlockRun {
  readonly exitCode: number | null;
  readonly output: string;
}

/**
 * The environment a user of the README has set: the official SDKs' variables, holding the mock's demo keys.
 * Nothing else named HUAWEICLOUD_* leaks in from the machine, and vitest's own variables stay out of the child.
 */
function blockEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(HUAWEICLOUD_|HWCLOUD_|VITEST|TEST$|NODE_OPTIONS$)/.test(name),
    ),
  );
  return {
    ...env,
    HUAWEICLOUD_SDK_AK: DEMO_CREDENTIALS.ak,
    HUAWEICLOUD_SDK_SK: DEMO_CREDENTIALS.sk,
    HUAWEICLOUD_SDK_REGION: "cn-north-4",
    HUAWEICLOUD_SDK_PROJECT_ID: DEMO_PROJECT_ID,
  };
}

function runProcess(command: string, args: string[], cwd: string, timeoutMs: number): Promise<BlockRun> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: blockEnvironment(), timeout: timeoutMs, maxBuffer: 8 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const timedOut = error?.killed === true;
        resolve({
          exitCode: error ? (typeof error.code === "number" ? error.code : null) : 0,
          output: `${timedOut ? `(killed after ${timeoutMs} ms)\n` : ""}${stdout}${stderr}`,
        });
      },
    );
  });
}

/**
 * Runs one block as a user would: plain modules with node (TypeScript stripped by esbuild, nothing else
 * changed), test files with vitest. Requests to Huawei Cloud hosts are answered by the mock cloud.
 */
export async function runBlock(dir: string, file: BlockFile, vitest: string): Promise<BlockRun> {
  if (file.isTest) {
    return runProcess(process.execPath, [vitest, "run", "--root", dir, file.name], dir, 60_000);
  }
  const source = file.block.code;
  const { code } = await transform(source, {
    loader: file.name.endsWith(".ts") ? "ts" : "js",
    format: "esm",
  });
  const runnable = `${file.name.replace(/\.(ts|mjs)$/, "")}.run.mjs`;
  writeFileSync(join(dir, runnable), code);
  return runProcess(process.execPath, ["--import", preload, runnable], dir, 30_000);
}
