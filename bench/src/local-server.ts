import { fork } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface LocalServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Starts dist/canned-server.mjs (beside this bundle) answering every request with `body`. */
export async function startCannedServer(body: string): Promise<LocalServer> {
  const script = join(fileURLToPath(new URL(".", import.meta.url)), "canned-server.mjs");
  const child = fork(script, [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  child.send({ body });
  const [message] = (await once(child, "message")) as [{ port: number }];
  return {
    origin: `http://127.0.0.1:${message.port}`,
    async close() {
      const exited = once(child, "exit");
      child.disconnect();
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
