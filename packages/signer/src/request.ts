import { hasInvalidPercentEscape } from "./encoding.js";
import { SignerError } from "./errors.js";

/** A request body the signer can hash without consuming a stream. */
export type SignableBody = string | Uint8Array | ArrayBuffer | ArrayBufferView | null | undefined;

/** Header input: anything `Headers` accepts, or Node's `IncomingHttpHeaders` (array values). */
export type HeadersLike = HeadersInit | Record<string, string | readonly string[] | undefined>;

export interface SignableRequest {
  readonly method: string;
  /** Absolute http(s) URL, query included. */
  readonly url: string | URL;
  readonly headers?: HeadersLike | undefined;
  readonly body?: SignableBody;
}

/** An HTTP token (RFC 9110): what a method and a header name must be. */
export const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const FETCH_UPPERCASED_METHODS = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"]);

/** The method as fetch sends it: the six standard methods upper-cased, any other kept as given. */
export function normalizeMethod(method: unknown): string {
  if (typeof method !== "string" || !HTTP_TOKEN.test(method)) {
    throw new SignerError("invalid_method", "request.method must be an HTTP method token such as GET");
  }
  const upper = method.toUpperCase();
  return FETCH_UPPERCASED_METHODS.has(upper) ? upper : method;
}

export function parseUrl(url: unknown): URL {
  let parsed: URL;
  try {
    parsed = url instanceof URL ? url : new URL(String(url));
  } catch {
    throw new SignerError("invalid_url", "request.url must be an absolute URL such as https://host/path");
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new SignerError("invalid_url", `request.url must use http or https, not ${parsed.protocol}`);
  }
  return parsed;
}

/**
 * Refuses a URL whose path or query holds a `%` that is not a valid UTF-8 percent-escape (`%zz`, a lone
 * `%`, `%FF`): its canonical form is also that of other URLs, so verifySignature (and the cloud) refuse it,
 * and signing it would only fail later, on the wire. The message names the path segment or the query
 * parameter, never a value (which may be a token).
 */
export function assertValidPercentEscapes(url: Pick<URL, "pathname" | "search">): void {
  // One pass over each: a run of escapes never spans a / & or =, so the whole is valid when every part is.
  if (!hasInvalidPercentEscape(url.pathname) && !hasInvalidPercentEscape(url.search)) return;
  let part: string | undefined;
  url.pathname.split("/").forEach((segment, i) => {
    if (hasInvalidPercentEscape(segment)) part ??= `path segment ${i}`;
  });
  url.search
    .slice(1)
    .split("&")
    .forEach((piece, i) => {
      const eq = piece.indexOf("=");
      const name = eq === -1 ? piece : piece.slice(0, eq);
      if (hasInvalidPercentEscape(name)) part ??= `the name of query parameter ${i + 1}`;
      else if (hasInvalidPercentEscape(piece.slice(name.length)))
        part ??= `the value of query parameter ${JSON.stringify(name)}`;
    });
  if (part !== undefined) {
    throw new SignerError(
      "invalid_url",
      `request.url: ${part} has an invalid percent-escape (write a literal % as %25)`,
    );
  }
}

/** A fresh, mutable copy; invalid names or values fail without echoing them. */
export function toHeaders(init: HeadersLike | undefined): Headers {
  try {
    if (init === undefined || init instanceof Headers || Array.isArray(init))
      return new Headers(init as HeadersInit);
    const headers = new Headers();
    // append, as `new Headers(record)` does: names differing only in case are combined.
    for (const [name, value] of Object.entries(init)) {
      if (value === undefined) continue;
      headers.append(name, typeof value === "string" ? value : (value as readonly string[]).join(", "));
    }
    return headers;
  } catch {
    throw new SignerError("invalid_header", "request.headers holds an invalid header name or value");
  }
}

/** Body bytes (or text) to hash; rejects streams, FormData and other types that must be read first. */
export function bodyToHashInput(body: SignableBody): Uint8Array | string | null {
  if (body === null || body === undefined) return null;
  if (typeof body === "string") return body === "" ? null : body;
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  throw new SignerError(
    "unsupported_body",
    "request.body must be a string, Uint8Array, ArrayBuffer, ArrayBufferView or null; read streams and FormData into bytes first (signFetchRequest does)",
  );
}
