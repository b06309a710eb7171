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

const hexDigit = (code: number): number => {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
};

/**
 * True when `text` holds a `%` that does not start a two-hex-digit escape, or escapes that are not UTF-8.
 * percentDecode maps both to something other inputs map to as well (`%zz` stays `%zz`, as `%25zz`
 * decodes to; every invalid byte becomes U+FFFD), so a verifier must refuse them. One pass, no allocation:
 * each run of escapes is checked as UTF-8 the way a fatal TextDecoder would (no overlong forms, no
 * surrogates, nothing past U+10FFFF, no sequence cut short by the end of the run).
 */
export function hasInvalidPercentEscape(text: string): boolean {
  let i = text.indexOf("%");
  if (i === -1) return false;
  let needed = 0; // continuation bytes the current sequence still needs
  let low = 0x80; // range of the next continuation byte
  let high = 0xbf;
  for (; i < text.length; i++) {
    if (text.charCodeAt(i) !== 37) {
      if (needed > 0) return true;
      continue;
    }
    const hi = hexDigit(text.charCodeAt(i + 1));
    const lo = hexDigit(text.charCodeAt(i + 2));
    if (hi < 0 || lo < 0) return true;
    const byte = hi * 16 + lo;
    i += 2;
    if (needed > 0) {
      if (byte < low || byte > high) return true;
      needed--;
      low = 0x80;
      high = 0xbf;
    } else if (byte >= 0x80) {
      if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        needed = 2;
        if (byte === 0xe0) low = 0xa0;
        else if (byte === 0xed) high = 0x9f;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        needed = 3;
        if (byte === 0xf0) low = 0x90;
        else if (byte === 0xf4) high = 0x8f;
      } else return true;
    }
  }
  return needed > 0;
}

/** Compares two signatures in time that does not depend on where they differ. */
export function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
