import { percentDecode, percentEncode } from "./encoding.js";

/** Hash of the empty body, used when a request has none. */
export const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

const PLAIN_PATH = /^[A-Za-z0-9\-._~/]*$/;
const PLAIN_QUERY_PIECE = /^[A-Za-z0-9\-._~]*(?:=[A-Za-z0-9\-._~]*)?$/;

/**
 * Canonical URI: each `/`-separated segment of the URL path is percent-decoded, then re-encoded
 * with the RFC 3986 unreserved set, and the result always ends with `/`.
 */
export function canonicalUri(pathname: string): string {
  // Nothing to decode or encode (the usual API path): the path is already canonical.
  if (PLAIN_PATH.test(pathname)) return pathname.endsWith("/") ? pathname : `${pathname}/`;
  const segments = pathname.split("/");
  let out = "";
  for (let i = 0; i < segments.length; i++) {
    if (i > 0) out += "/";
    out += percentEncode(percentDecode(segments[i]!));
  }
  return out.endsWith("/") ? out : `${out}/`;
}

/**
 * Canonical query string from a raw query (`URL.search`, with or without the `?`): names and values
 * are decoded and re-encoded, a name without `=` gets an empty value, pairs are sorted by decoded
 * name then decoded value (UTF-16 code unit order), and empty pieces (`a=1&&b=2`) are dropped.
 */
export function canonicalQueryString(search: string): string {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query === "") return "";
  // One plain pair (`limit=10`, what most calls send) is its own canonical form: nothing to split or sort.
  if (!query.includes("&") && PLAIN_QUERY_PIECE.test(query)) return query.includes("=") ? query : `${query}=`;
  const pairs: Array<QueryPair> = [];
  for (const piece of query.split("&")) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    const name = eq === -1 ? piece : piece.slice(0, eq);
    const value = eq === -1 ? "" : piece.slice(eq + 1);
    // A piece of unreserved characters decodes and encodes to itself; only the sort needs the pair.
    if (PLAIN_QUERY_PIECE.test(piece)) pairs.push([name, value, eq === -1 ? `${piece}=` : piece]);
    else pairs.push([percentDecode(name), percentDecode(value), undefined]);
  }
  pairs.sort(comparePairs);
  let out = "";
  for (let i = 0; i < pairs.length; i++) {
    const [name, value, plain] = pairs[i]!;
    if (i > 0) out += "&";
    out += plain ?? `${percentEncode(name)}=${percentEncode(value)}`;
  }
  return out;
}

/** Decoded name, decoded value, and the canonical `name=value` when it needed no re-encoding. */
type QueryPair = [string, string, string | undefined];

function comparePairs(a: QueryPair, b: QueryPair): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
}

/** Signed header names: lower-case, sorted, `;`-joined. */
export interface CanonicalHeaders {
  readonly signedHeaders: string;
  /** One `name:value\n` line per signed header. */
  readonly text: string;
}

// Up to this many headers are sorted by insertion, in place (no copy, no merge buffers); a longer list, which
// a verifier can be handed, goes to Array.prototype.sort so the time stays O(n log n).
const INSERTION_SORT_MAX = 16;

function byName(a: readonly [string, string], b: readonly [string, string]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/**
 * Canonical headers from lower-case names and trimmed values (what `Headers` holds), sorted by name. Sorts
 * `entries` in place: every caller builds the list for this one signature.
 */
export function canonicalHeaders(entries: Array<readonly [string, string]>): CanonicalHeaders {
  if (entries.length > INSERTION_SORT_MAX) entries.sort(byName);
  else {
    for (let i = 1; i < entries.length; i++) {
      const entry = entries[i]!;
      let j = i - 1;
      for (; j >= 0 && byName(entries[j]!, entry) > 0; j--) entries[j + 1] = entries[j]!;
      entries[j + 1] = entry;
    }
  }
  let signedHeaders = "";
  let text = "";
  for (let i = 0; i < entries.length; i++) {
    const [name, value] = entries[i]!;
    if (i > 0) signedHeaders += ";";
    signedHeaders += name;
    text += `${name}:${value}\n`;
  }
  return { signedHeaders, text };
}

/** Every part of the canonical request, already canonical. */
export interface CanonicalRequestParts {
  readonly method: string;
  readonly uri: string;
  readonly query: string;
  readonly headers: CanonicalHeaders;
  readonly payloadHash: string;
}

export function joinCanonicalRequest(parts: CanonicalRequestParts): string {
  return `${parts.method}\n${parts.uri}\n${parts.query}\n${parts.headers.text}\n${parts.headers.signedHeaders}\n${parts.payloadHash}`;
}

export const ALGORITHM = "SDK-HMAC-SHA256";

export function stringToSign(date: string, canonicalRequestHash: string): string {
  return `${ALGORITHM}\n${date}\n${canonicalRequestHash}`;
}
