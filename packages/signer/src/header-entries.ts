import { SignerError } from "./errors.js";
import { HTTP_TOKEN, type HeadersLike } from "./request.js";

// What `Headers` strips from both ends of a value (HTTP whitespace), and what it refuses inside one
// (NUL, CR, LF, and anything that is not a byte: header values are ByteStrings).
const FORBIDDEN_IN_VALUE = /[\0\r\n\u0100-\uffff]/;

// A value that needs neither trimming nor rejecting: visible ASCII, inner spaces and tabs.
const PLAIN_VALUE = /^(?:[\x21-\x7e](?:[\t\x20-\x7e]*[\x21-\x7e])?)?$/;
// Requests of one client repeat the same few header names: each is checked and lower-cased once.
const checkedNames = new Map<string, string>();
const MAX_CHECKED_NAMES = 256;

/** The lower-case form of a header name; throws (without echoing it) when it is not an HTTP token. */
export function lowerCaseName(name: unknown): string {
  const known = typeof name === "string" ? checkedNames.get(name) : undefined;
  if (known !== undefined) return known;
  if (typeof name !== "string" || !HTTP_TOKEN.test(name)) invalid();
  const lower = name.toLowerCase();
  if (checkedNames.size < MAX_CHECKED_NAMES) checkedNames.set(name, lower);
  return lower;
}

const isHttpWhitespace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * Strips HTTP whitespace from both ends, as `Headers` does, in one linear pass: the regex
 * `/^[\t\n\r ]+|[\t\n\r ]+$/g` backtracks quadratically on long inner runs of spaces (16 KB took a second).
 */
function trimHttpWhitespace(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && isHttpWhitespace(raw.charCodeAt(start))) start++;
  while (end > start && isHttpWhitespace(raw.charCodeAt(end - 1))) end--;
  return raw.slice(start, end);
}

/** A header value as `Headers` holds it (trimmed); throws (without echoing it) on NUL, CR, LF or a non-byte. */
export function headerValue(raw: string): string {
  if (PLAIN_VALUE.test(raw)) return raw;
  const value = trimHttpWhitespace(raw);
  if (FORBIDDEN_IN_VALUE.test(value)) invalid();
  return value;
}

function invalid(): never {
  throw new SignerError("invalid_header", "request.headers holds an invalid header name or value");
}

/**
 * The request's headers as `Headers` would hold them (lower-case names, trimmed values, names that differ
 * only in case combined with ", "), without building a `Headers` object: a plain record is read directly.
 * Invalid names or values fail without echoing them.
 */
export function headerEntries(init: HeadersLike | undefined): Array<[string, string]> {
  if (init === undefined || init === null) return [];
  if (init instanceof Headers) return [...init];
  const pairs: Iterable<readonly [string, unknown]> = Array.isArray(init)
    ? (init as ReadonlyArray<readonly [string, unknown]>)
    : Object.entries(init);
  const byName: Record<string, string> = Object.create(null);
  let combined = false;
  const out: Array<[string, string]> = [];
  for (const pair of pairs) {
    if (!Array.isArray(pair) || pair.length !== 2) invalid();
    const [rawName, rawValue] = pair;
    if (rawValue === undefined && !Array.isArray(init)) continue;
    const name = lowerCaseName(rawName);
    // Node's IncomingHttpHeaders gives repeated headers as arrays.
    const value = headerValue(
      Array.isArray(rawValue) && !Array.isArray(init)
        ? rawValue.join(", ")
        : typeof rawValue === "string"
          ? rawValue
          : String(rawValue),
    );
    const previous = byName[name];
    if (previous === undefined) {
      byName[name] = value;
      out.push([name, value]);
    } else {
      byName[name] = `${previous}, ${value}`;
      combined = true;
    }
  }
  if (!combined) return out;
  return out.map(([name]) => [name, byName[name]!]);
}
