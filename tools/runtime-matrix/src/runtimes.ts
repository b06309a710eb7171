import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const modules = (path: string) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));

/** The runtimes' binaries, from their npm packages (pinned in package.json). */
export const binaries = {
  deno: modules("@deno/linux-x64-glibc/deno"),
  bun: modules("@oven/bun-linux-x64/bin/bun"),
  workerd: modules("@cloudflare/workerd-linux-64/bin/workerd"),
};

/** How each runtime runs one ES module from the app directory (its node_modules holds the tarballs). */
export function commandFor(runtime: "deno" | "bun", script: string): [string, string[]] {
  return runtime === "deno"
    ? [
        binaries.deno,
        [
          "run",
          "--node-modules-dir=manual",
          "--allow-net=127.0.0.1",
          "--allow-read=.",
          "--allow-env",
          script,
        ],
      ]
    : [binaries.bun, ["run", script]];
}

export interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
}

/** Starts a process and resolves once its stdout matches `ready` (or rejects with everything it printed). */
export function startUntil(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; ready: RegExp; timeoutMs: number },
): Promise<Started & { match: RegExpExecArray }> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${command} ${args.join(" ")} not ready in ${options.timeoutMs} ms:\n${output}`));
    }, options.timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = options.ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, output: () => output, match });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output}`));
    });
  });
}

/** A port nobody listens on right now, for workerd's socket (its config needs a number). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
