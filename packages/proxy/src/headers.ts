/** Credentials and signatures a page might send; the proxy signs itself and never passes these on. */
export const SIGNING_HEADERS = new Set(["authorization", "x-sdk-date", "x-security-token", "x-auth-token"]);

/** Hop-by-hop headers, plus the encoding headers fetch invalidates by decoding the body, plus cookies. */
const DROPPED_RESPONSE_HEADERS = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "content-encoding",
  "content-length",
  "set-cookie",
  "access-control-allow-origin",
  "access-control-allow-credentials",
  "access-control-expose-headers",
  "vary",
]);

/** Copies only the named request headers (lower-case names), never a signing header. */
export function pickRequestHeaders(source: Headers, allowed: ReadonlySet<string>): Headers {
  const out = new Headers();
  source.forEach((value, name) => {
    if (allowed.has(name) && !SIGNING_HEADERS.has(name)) out.set(name, value);
  });
  return out;
}

export function upstreamResponseHeaders(source: Headers, cors: Record<string, string>): Headers {
  const out = new Headers();
  source.forEach((value, name) => {
    if (!DROPPED_RESPONSE_HEADERS.has(name)) out.append(name, value);
  });
  for (const [name, value] of Object.entries(cors)) out.set(name, value);
  return out;
}
