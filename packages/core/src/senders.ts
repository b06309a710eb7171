import { HuaweiCloudConfigError } from "./errors.js";
import { fetchSender } from "./fetch-sender.js";
import { nodeHttpSender } from "./node-http-sender.js";
import type { ClientOptions } from "./types.js";
import type { Sender } from "./wire.js";

/** A caller's fetch gets one Request, as it always has (a test double or wrapper may read it). */
export function asOneRequest(customFetch: typeof fetch): typeof fetch {
  return (input, init) => customFetch(new Request(input, init));
}

// The global fetch is looked up per call, so a fetch installed or replaced later is used.
const globalFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

/** HUAWEICLOUD_SDK_TRANSPORT, for a process whose requests must go through a replaced global fetch. */
function transportFromEnvironment(): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.HUAWEICLOUD_SDK_TRANSPORT?.trim() || undefined;
}

/**
 * The sender for a client: the caller's fetch, else node:http in Node, else the global fetch. The default
 * transport can be set for a whole process with HUAWEICLOUD_SDK_TRANSPORT (a test harness that replaces the
 * global fetch sets it to "fetch").
 */
export function chooseSender(options: Pick<ClientOptions, "fetch" | "transport">): Sender {
  const transport = options.transport ?? transportFromEnvironment() ?? "auto";
  if (transport !== "auto" && transport !== "fetch" && transport !== "node-http") {
    throw new HuaweiCloudConfigError(
      `transport must be "auto", "fetch" or "node-http", got ${JSON.stringify(String(transport))}.`,
    );
  }
  if (options.fetch !== undefined) {
    if (typeof options.fetch !== "function") throw new HuaweiCloudConfigError("fetch must be a function.");
    return fetchSender(asOneRequest(options.fetch));
  }
  if (transport === "fetch") return fetchSender(globalFetch);
  const node = nodeHttpSender();
  if (node !== undefined) return node;
  if (transport === "node-http") {
    throw new HuaweiCloudConfigError(
      'transport "node-http" needs Node 20.16 or later (getBuiltinModule); use "auto" or "fetch" here.',
    );
  }
  return fetchSender(globalFetch);
}
