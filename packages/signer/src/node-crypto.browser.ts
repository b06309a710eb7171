import type { CryptoBackend } from "./crypto.js";

/**
 * Browser bundles (package.json "browser" map) take this instead of node-crypto.ts: a page has no
 * `process.getBuiltinModule`, so the Node hashing path would never be chosen there and only cost bytes.
 */
export function nodeBackend(): CryptoBackend | undefined {
  return undefined;
}
