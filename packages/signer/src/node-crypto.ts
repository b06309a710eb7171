import type { CryptoBackend } from "./crypto.js";
import { keyCache } from "./key-cache.js";
import { utf8 } from "./encoding.js";

/** The subset of node:crypto the fast path uses, typed here so no Node types leak into the build. */
interface NodeCrypto {
  createHash(algorithm: "sha256"): { update(data: Uint8Array | string): { digest(encoding: "hex"): string } };
  createHmac(
    algorithm: "sha256",
    key: unknown,
  ): { update(data: string): { digest(encoding: "hex"): string } };
  createSecretKey(key: Uint8Array): unknown;
  /** One-shot hashing (Node 20.12+): no Hash object per call. */
  hash?(algorithm: "sha256", data: Uint8Array | string, outputEncoding: "hex" | "latin1"): string;
}

interface NodeBuffer extends Uint8Array {
  write(text: string, offset: number, encoding: "utf8" | "latin1"): number;
}

interface NodeBufferModule {
  Buffer: { alloc(size: number): NodeBuffer; byteLength(text: string, encoding: "utf8"): number };
}

type OneShotHash = NonNullable<NodeCrypto["hash"]>;

const HMAC_BLOCK = 64;
const SHA256_BYTES = 32;

/**
 * HMAC-SHA256 (RFC 2104) from two one-shot hashes over buffers padded with the key once per SK: Node's
 * Hmac object costs more than both hashes together. The buffers are scratch space reused by each call,
 * which is safe because the hashing is synchronous.
 */
function oneShotHmac(hash: OneShotHash, buffers: NodeBufferModule["Buffer"]) {
  const pads = keyCache((sk) => {
    let key: Uint8Array = utf8(sk);
    if (key.length > HMAC_BLOCK) {
      const digest = buffers.alloc(SHA256_BYTES);
      digest.write(hash("sha256", key, "latin1"), 0, "latin1");
      key = digest;
    }
    const inner = buffers.alloc(HMAC_BLOCK);
    const outer = buffers.alloc(HMAC_BLOCK + SHA256_BYTES);
    for (let i = 0; i < HMAC_BLOCK; i++) {
      inner[i] = (key[i] ?? 0) ^ 0x36;
      outer[i] = (key[i] ?? 0) ^ 0x5c;
    }
    return { inner, outer };
  });
  return (owner: object, sk: string, data: string): string => {
    const key = pads(owner, sk);
    const size = HMAC_BLOCK + buffers.byteLength(data, "utf8");
    if (key.inner.length !== size) {
      const inner = buffers.alloc(size);
      inner.set(key.inner.subarray(0, HMAC_BLOCK));
      key.inner = inner;
    }
    key.inner.write(data, HMAC_BLOCK, "utf8");
    key.outer.write(hash("sha256", key.inner, "latin1"), HMAC_BLOCK, "latin1");
    return hash("sha256", key.outer, "hex");
  };
}

/**
 * Node's synchronous hashing is several times faster than WebCrypto's promise round trips. It is
 * reached through `process.getBuiltinModule` (Node 20.16+), so nothing here imports a Node module
 * and browser bundles never see one.
 */
export function nodeBackend(): CryptoBackend | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const nodeCrypto = proc?.getBuiltinModule?.("crypto") as NodeCrypto | undefined;
  if (nodeCrypto === undefined || typeof nodeCrypto.createHmac !== "function") return undefined;
  const oneShot = nodeCrypto.hash;
  const buffers = (proc?.getBuiltinModule?.("buffer") as NodeBufferModule | undefined)?.Buffer;
  if (typeof oneShot === "function" && buffers !== undefined) {
    return {
      name: "node",
      sha256Hex: (data) => oneShot("sha256", data, "hex"),
      hmacSha256Hex: oneShotHmac(oneShot, buffers),
    };
  }
  const hmacKey = keyCache((sk) => nodeCrypto.createSecretKey(utf8(sk)));
  return {
    name: "node",
    sha256Hex: (data) => nodeCrypto.createHash("sha256").update(data).digest("hex"),
    hmacSha256Hex: (owner, sk, data) =>
      nodeCrypto.createHmac("sha256", hmacKey(owner, sk)).update(data).digest("hex"),
  };
}
