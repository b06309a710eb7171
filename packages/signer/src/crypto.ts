import { toHex, utf8 } from "./encoding.js";
import { keyCache } from "./key-cache.js";
import { nodeBackend } from "./node-crypto.js";

/** The two primitives signing needs; one implementation per runtime. */
export interface CryptoBackend {
  readonly name: "webcrypto" | "node";
  sha256Hex(data: Uint8Array | string): Promise<string> | string;
  /** HMAC-SHA256 of `data` with `sk`; `owner` keys the imported-key cache (the credentials object). */
  hmacSha256Hex(owner: object, sk: string, data: string): Promise<string> | string;
}

export function webCryptoBackend(subtle: SubtleCrypto = globalThis.crypto.subtle): CryptoBackend {
  const hmacKey = keyCache((sk) =>
    subtle.importKey("raw", utf8(sk), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]),
  );
  return {
    name: "webcrypto",
    async sha256Hex(data) {
      const bytes = typeof data === "string" ? utf8(data) : (data as Uint8Array<ArrayBuffer>);
      return toHex(new Uint8Array(await subtle.digest("SHA-256", bytes)));
    },
    async hmacSha256Hex(owner, sk, data) {
      const key = await hmacKey(owner, sk);
      return toHex(new Uint8Array(await subtle.sign("HMAC", key, utf8(data))));
    },
  };
}

let selected: CryptoBackend | undefined;

/** The fastest backend this runtime offers, chosen once. */
export function defaultBackend(): CryptoBackend {
  selected ??= nodeBackend() ?? webCryptoBackend();
  return selected;
}
