import type { IncomingMessage } from "node:http";
import { splitOriginForm } from "./request-target.js";

/** What connect, Express and Vite leave on a request mounted under a prefix: the path before stripping. */
export function requestTarget(req: IncomingMessage): string {
  return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? "/";
}

export { splitOriginForm };

// A Host header is a host name, an IPv4 address or a bracketed IPv6 address, with an optional port.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

// A server answers under few names; parsing each once keeps a URL parse off every request. Bounded, since the
// Host header is the client's to choose.
const knownOrigins = new Map<string, string | undefined>();
const MAX_KNOWN_ORIGINS = 64;

/** The origin the request was addressed to, from the Host header and the socket's TLS; undefined when unusable. */
export function hostOrigin(req: IncomingMessage): string | undefined {
  const host = req.headers.host;
  if (host === undefined) return undefined;
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  const key = `${encrypted ? "https" : "http"}://${host}`;
  if (knownOrigins.has(key)) return knownOrigins.get(key);
  let origin: string | undefined;
  try {
    origin = HOST.test(host) ? new URL(key).origin : undefined;
  } catch {
    origin = undefined;
  }
  if (knownOrigins.size < MAX_KNOWN_ORIGINS) knownOrigins.set(key, origin);
  return origin;
}

/** One request header as a single string (repeated headers joined as the Fetch standard does). */
export function headerOf(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}

export function webHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(":") || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

/** Methods the Fetch standard forbids in a Request; answering them needs no web handler at all. */
export const FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
