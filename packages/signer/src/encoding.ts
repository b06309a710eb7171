/** Percent-encoding and hashing helpers shared by the canonical request and the signer. */

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
const DECODE_ESCAPES = /(?:%[0-9A-Fa-f]{2})+/g;
const SUB_DELIMS_LEFT_BY_ENCODE_URI_COMPONENT = /[!'()*]/g;
const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8");

export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!];
  return out;
}

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return utf8Encoder.encode(text);
}

/**
 * RFC 3986 encoding as the official signers do it: every byte of the UTF-8 form except
 * A-Z a-z 0-9 - . _ ~ becomes %XX with upper-case hex.
 */
export function percentEncode(text: string): string {
  if (UNRESERVED.test(text)) return text;
  return encodeURIComponent(text).replace(
    SUB_DELIMS_LEFT_BY_ENCODE_URI_COMPONENT,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Decodes %XX runs as UTF-8 (invalid sequences become U+FFFD, like Python's unquote);
 * a `%` that does not start an escape and a `+` stay literal.
 */
export function percentDecode(text: string): string {
  if (!text.includes("%")) return text;
  return text.replace(DECODE_ESCAPES, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    return utf8Decoder.decode(bytes);
  });
}

const strictUtf8Decoder = new TextDecoder("utf-8", { fatal: true });
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

/**
 * True when `text` holds a `%` that does not start a two-hex-digit escape, or escapes that are not UTF-8.
 * percentDecode maps both to something other inputs map to as well (`%zz` stays `%zz`, as `%25zz`
 * decodes to; every invalid byte becomes U+FFFD), so a verifier must refuse them.
 */
export function hasInvalidPercentEscape(text: string): boolean {
  if (!text.includes("%")) return false;
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return true;
  for (const [run] of text.matchAll(PERCENT_RUN)) {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    try {
      strictUtf8Decoder.decode(bytes);
    } catch {
      return true;
    }
  }
  return false;
}

/** Compares two signatures in time that does not depend on where they differ. */
export function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
