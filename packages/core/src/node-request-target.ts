/** Where node:http sends a request: the parts of its URL `http.request(options)` takes. */
export interface NodeRequestTarget {
  readonly secure: boolean;
  readonly hostname: string;
  readonly port: string;
  /** Path and query, as sent on the request line. */
  readonly path: string;
}

// Characters the WHATWG URL parser leaves as they are in a path and a query: a URL made only of these
// (and no dot segment, which the parser would resolve) is sent exactly as `new URL(url)` would send it.
const AS_PARSED = /^\/[A-Za-z0-9\-._~!$&()*+,;=:@/?%]*$/;
const DOT_SEGMENT = /\/(?:\.|%2e)/i;

/**
 * Splits a request URL into node:http options, parsing each origin once. A client sends every request to
 * one origin (redirects are followed only on the same origin), so `http.request(url)`'s `new URL` and
 * `urlToHttpOptions` per attempt are work done for nothing; a URL the parser would rewrite (a character it
 * escapes, a dot segment) is parsed in full instead, so what goes out is what `new URL` gives.
 */
export function requestTargets(): (url: string) => NodeRequestTarget {
  let origin = "";
  let parsedOrigin: Omit<NodeRequestTarget, "path"> | undefined;
  return (url) => {
    const pathAt = url.indexOf("/", url.indexOf("//") + 2);
    if (pathAt > 0 && parsedOrigin !== undefined && url.startsWith(origin) && pathAt === origin.length) {
      const path = url.slice(pathAt);
      if (AS_PARSED.test(path) && !DOT_SEGMENT.test(path)) return { ...parsedOrigin, path };
    }
    const parsed = new URL(url);
    const target = {
      secure: parsed.protocol === "https:",
      // node:http wants an IPv6 address without its brackets.
      hostname: parsed.hostname.startsWith("[") ? parsed.hostname.slice(1, -1) : parsed.hostname,
      port: parsed.port,
    };
    // Reused only for an origin written as the parser writes it (no user info, default port, upper case).
    if (pathAt > 0 && url.slice(0, pathAt) === parsed.origin) {
      origin = parsed.origin;
      parsedOrigin = target;
    }
    return { ...target, path: `${parsed.pathname}${parsed.search}` };
  };
}
