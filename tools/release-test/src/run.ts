import { execFile } from "node:child_process";

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Runs a command to completion and returns its stdout; on failure the error carries the full output. */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) {
          const where = `${command} ${args.join(" ")} (in ${options.cwd})`;
          reject(
            new Error(`${where} failed: ${error.message}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`),
          );
        } else {
          resolve(stdout);
        }
      },
    );
  });
}
