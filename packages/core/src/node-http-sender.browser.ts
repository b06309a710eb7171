import type { Sender } from "./wire.js";

/*
 * What browser bundles get instead of node-http-sender.ts (package.json "browser" map): a page has no
 * node:http, so the fetch sender is the only one and its Node-only code is not shipped.
 */
export function nodeHttpAvailable(): boolean {
  return false;
}

export function nodeHttpSender(): Sender | undefined {
  return undefined;
}
