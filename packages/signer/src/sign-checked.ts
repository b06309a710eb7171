import { RedactedCredentials } from "./credentials.js";
import { defaultBackend, type CryptoBackend } from "./crypto.js";
import { formatSdkDate } from "./date.js";
import { hasInvalidPercentEscape } from "./encoding.js";
import { SignerError } from "./errors.js";
import { headerValue, lowerCaseName } from "./header-entries.js";
import { assertValidPercentEscapes, normalizeMethod } from "./request.js";
import {
  HEADER_CONTENT_SHA256,
  HEADER_DATE,
  HEADER_SECURITY_TOKEN,
  buildStringToSign,
  signedHeadersOf,
  type SignedHeaders,
} from "./signature.js";
import { splitUrl } from "./split-url.js";

/** A request as a client that builds its own requests holds it just before sending. */
export interface CheckedRequest {
  /** The method as sent; GET, POST, PUT, DELETE, HEAD and OPTIONS are expected upper-case. */
  readonly method: string;
  /** The absolute http(s) URL the request goes to, query included. */
  readonly url: string;
  /** Every header sent, lower-case names. Authorization, if present, is left out of the signature. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The exact body bytes sent (a string is hashed as UTF-8). */
  readonly body?: Uint8Array | string | null | undefined;
}

const SENT_AS_GIVEN = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH"]);

const notLowerCase = () =>
  new SignerError("invalid_header", "signCheckedRequest takes header names in lower case");

/**
 * Signs a request for a caller that checked its credentials once (`checkCredentials`) and dates each
 * request itself (`date` is the X-Sdk-Date, winning over an X-Sdk-Date header). Returns only the headers to
 * add, like signHeaders, and the same signature signHeaders gives for the same request; but synchronously
 * when the runtime hashes synchronously (node:crypto), so a Node caller pays no promise per signature.
 *
 * What it still checks, because the server would read the request differently otherwise: a path or query
 * holding a `%` that is not a valid UTF-8 percent-escape (`invalid_url`), a header value with CR, LF or NUL
 * and a header name that is not a lower-case HTTP token (`invalid_header`). What it trusts: credentials made
 * by checkCredentials (anything else is `invalid_credentials`), so the keys are not checked per call.
 */
export function signCheckedRequest(
  request: CheckedRequest,
  credentials: RedactedCredentials,
  date: Date,
  backend: CryptoBackend = defaultBackend(),
): SignedHeaders | Promise<SignedHeaders> {
  if (!RedactedCredentials.isChecked(credentials)) {
    throw new SignerError(
      "invalid_credentials",
      "signCheckedRequest takes credentials made by checkCredentials()",
    );
  }
  const method = SENT_AS_GIVEN.has(request.method) ? request.method : normalizeMethod(request.method);
  const url = splitUrl(request.url);
  if (hasInvalidPercentEscape(url.pathname) || hasInvalidPercentEscape(url.search))
    assertValidPercentEscapes(url);
  const token = credentials.securityToken;
  const sdkDate = formatSdkDate(date);

  const signed: Array<readonly [string, string]> = [[HEADER_DATE, sdkDate]];
  if (token !== undefined) signed.push([HEADER_SECURITY_TOKEN, token]);
  let hasHost = false;
  let contentSha256: string | null = null;
  const headers = request.headers;
  for (const name in headers) {
    const raw = headers[name];
    if (raw === undefined || name === "authorization" || name === HEADER_DATE) continue;
    if (name === HEADER_SECURITY_TOKEN && token !== undefined) continue;
    if (lowerCaseName(name) !== name) throw notLowerCase();
    const value = headerValue(typeof raw === "string" ? raw : String(raw));
    if (name === HEADER_CONTENT_SHA256) contentSha256 = value;
    else if (name === "host") hasHost = true;
    signed.push([name, value]);
  }
  // Host is signed from the URL unless the caller sends its own (a proxy forwarding to another origin).
  if (!hasHost) signed.push(["host", url.host]);

  const parts = buildStringToSign(
    { method, url, headers: signed, contentSha256, body: request.body, sdkDate },
    backend,
  );
  return parts instanceof Promise
    ? parts.then((p) => signedHeadersOf(p, credentials, sdkDate, token, backend))
    : signedHeadersOf(parts, credentials, sdkDate, token, backend);
}
