import { parseUrl } from "./request.js";

/** The parts of a request URL the signature covers, as `new URL(url)` reads them. */
export interface UrlParts {
  readonly host: string;
  readonly pathname: string;
  /** `?` and the raw query, or empty. */
  readonly search: string;
}

// Characters the WHATWG URL parser leaves as they are in a path and a query: a path and query made only of
// these (and holding no dot segment, which the parser would resolve) read the same raw as parsed.
const AS_PARSED = /^\/[A-Za-z0-9\-._~!$&()*+,;=:@/?%]*$/;
const DOT_SEGMENT = /\/(?:\.|%2e)/i;

// Origin (as the parser writes it) to URL.host. A client signs for one origin or a few; the bound keeps a
// caller that signs for many distinct origins from growing it: past it, URLs are parsed in full.
const hostsByOrigin = new Map<string, string>();
const MAX_ORIGINS = 64;

/**
 * What `new URL(url)` gives for host, path and query, without parsing a URL whose origin was seen before and
 * whose path and query the parser would keep as written (what a client that encodes its own paths sends).
 * Any other URL is parsed in full, so the parts are always the ones fetch and node:http send.
 */
export function splitUrl(url: string): UrlParts {
  const pathAt = url.indexOf("/", url.indexOf("//") + 2);
  const origin = pathAt > 0 ? url.slice(0, pathAt) : "";
  const host = hostsByOrigin.get(origin);
  if (host !== undefined) {
    const rest = url.slice(pathAt);
    if (AS_PARSED.test(rest) && !DOT_SEGMENT.test(rest)) {
      const queryAt = rest.indexOf("?");
      return queryAt === -1 || queryAt === rest.length - 1
        ? { host, pathname: queryAt === -1 ? rest : rest.slice(0, -1), search: "" }
        : { host, pathname: rest.slice(0, queryAt), search: rest.slice(queryAt) };
    }
  }
  const parsed = parseUrl(url);
  // Only an origin written exactly as the parser writes it (lower case, no default port, no user info).
  if (origin === parsed.origin && hostsByOrigin.size < MAX_ORIGINS) hostsByOrigin.set(origin, parsed.host);
  return parsed;
}
