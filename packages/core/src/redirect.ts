import { MAX_REDIRECTS } from "./defaults.js";
import { HuaweiCloudRedirectError } from "./errors.js";

const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

/** Where the next attempt goes after a same-origin redirect, with the method and body fetch would use. */
export interface RedirectHop {
  url: string;
  method: string;
  dropBody: boolean;
}

/**
 * Decides what a redirect answer means for a request sent with `redirect: "manual"`. Credentials (the
 * signature, X-Security-Token, X-Auth-Token) are meant for one origin only, so a Location on another origin
 * is never followed: it ends the call with HuaweiCloudRedirectError naming it. A same-origin Location is
 * followed (the caller re-authenticates the new attempt) up to `MAX_REDIRECTS` hops, with fetch's
 * method rules: 303, and 301/302 after a POST, continue as a GET without body. Returns undefined when the
 * answer is not a redirect.
 */
export function nextHop(
  response: Pick<Response, "type" | "redirected" | "url" | "status"> & { headers: Pick<Headers, "get"> },
  request: { method: string; url: string },
  hops: number,
): RedirectHop | undefined {
  // A browser's manual mode hides the redirect: no status, no Location.
  if (response.type === "opaqueredirect") {
    throw refused(request, "to a Location the browser hides", undefined, undefined);
  }
  // A fetch that followed the redirect itself (a caller's fetch ignoring redirect: "manual"): its answer
  // comes from wherever it ended, which must still be the origin the credentials were meant for.
  if (response.redirected && response.url !== "") {
    refuseCrossOrigin(response.url, request, response.status);
  }
  if (!REDIRECT_STATUS.has(response.status)) return undefined;
  const header = response.headers.get("location");
  if (header === null) return undefined;
  let location: URL;
  try {
    location = new URL(header, request.url);
  } catch {
    throw refused(request, "to a Location that is not a URL", response.status, undefined);
  }
  refuseCrossOrigin(location.href, request, response.status);
  if (hops >= MAX_REDIRECTS) {
    throw refused(request, `more than ${MAX_REDIRECTS} times`, response.status, location.href);
  }
  const toGet =
    (response.status === 303 && request.method !== "HEAD") ||
    ((response.status === 301 || response.status === 302) && request.method === "POST");
  return { url: location.href, method: toGet ? "GET" : request.method, dropBody: toGet };
}

function refuseCrossOrigin(target: string, request: { method: string; url: string }, status: number) {
  const to = new URL(target);
  if (to.origin === new URL(request.url).origin) return;
  throw refused(request, "to another origin, where its credentials must not go", status, to.href);
}

function refused(
  request: { method: string; url: string },
  how: string,
  status: number | undefined,
  location: string | undefined,
) {
  return new HuaweiCloudRedirectError(
    `${request.method} ${request.url.split("?")[0]} was redirected ${how}; not followed` +
      (location === undefined ? "." : ` (Location: ${location}).`),
    { method: request.method, url: request.url, status, location },
  );
}
