import { assertValidCredentials, type Credentials } from "./credentials.js";
import { defaultBackend, type CryptoBackend } from "./crypto.js";
import { formatSdkDate, parseSdkDate } from "./date.js";
import { SignerError } from "./errors.js";
import { headerEntries } from "./header-entries.js";
import {
  assertValidPercentEscapes,
  normalizeMethod,
  parseUrl,
  toHeaders,
  type SignableRequest,
} from "./request.js";
import {
  HEADER_CONTENT_SHA256,
  HEADER_DATE,
  HEADER_SECURITY_TOKEN,
  buildStringToSign,
  signedHeadersOf,
  type SignatureParts,
  type SignedHeaders,
} from "./signature.js";

export type { SignedHeaders } from "./signature.js";

export interface SignOptions {
  /** Signing time (default now). Wins over an X-Sdk-Date header on the request. */
  readonly date?: Date | undefined;
  /** Hashing implementation; tests use it to pin the WebCrypto path. */
  readonly backend?: CryptoBackend | undefined;
}

interface Prepared {
  readonly sdkDate: string;
  readonly token: string | undefined;
  readonly parts: SignatureParts;
}

/**
 * Everything up to the HMAC. Synchronous with a synchronous backend (node:crypto); the request's
 * headers are read in one pass, and a plain record is never copied into a `Headers`.
 */
function prepare(
  request: SignableRequest,
  credentials: Credentials,
  options: SignOptions,
  backend: CryptoBackend,
): Prepared | Promise<Prepared> {
  assertValidCredentials(credentials);
  const method = normalizeMethod(request.method);
  const url = parseUrl(request.url);
  // URL parsing writes only valid escapes of its own: a URL given without a % needs no look.
  if (typeof request.url !== "string" || request.url.includes("%")) assertValidPercentEscapes(url);
  const token = credentials.securityToken || undefined;

  // One pass over the (lower-case, combined) headers: what to sign, and the special ones.
  const signed: Array<readonly [string, string]> = [];
  let hasHost = false;
  let given: string | null = null;
  let contentSha256: string | null = null;
  for (const entry of headerEntries(request.headers)) {
    const name = entry[0];
    // A previous signature is never part of the new one (re-signing a retried request).
    if (name === "authorization") continue;
    if (name === HEADER_DATE) {
      given = entry[1];
      continue;
    }
    if (name === HEADER_SECURITY_TOKEN && token !== undefined) continue;
    if (name === HEADER_CONTENT_SHA256) contentSha256 = entry[1];
    else if (name === "host") hasHost = true;
    signed.push(entry);
  }

  let sdkDate: string;
  if (options.date !== undefined) {
    sdkDate = formatSdkDate(options.date);
  } else {
    if (given !== null && parseSdkDate(given) === undefined) {
      throw new SignerError("invalid_date", "the X-Sdk-Date header must look like 20260102T030405Z");
    }
    sdkDate = given ?? formatSdkDate(new Date());
  }
  signed.push([HEADER_DATE, sdkDate]);
  if (token !== undefined) signed.push([HEADER_SECURITY_TOKEN, token]);
  // Host is signed from the URL (fetch sets the header itself and forbids setting it).
  if (!hasHost) signed.push(["host", url.host]);

  const parts = buildStringToSign(
    { method, url, headers: signed, contentSha256, body: request.body, sdkDate },
    backend,
  );
  return parts instanceof Promise
    ? parts.then((p) => ({ sdkDate, token, parts: p }))
    : { sdkDate, token, parts };
}

/**
 * Signs a request with SDK-HMAC-SHA256 and returns only the headers to add (X-Sdk-Date,
 * X-Security-Token for temporary credentials, Authorization) as a plain object: the cheapest output
 * when the caller sends the request's own headers itself. Host is signed but not added.
 */
export async function signHeaders(
  request: SignableRequest,
  credentials: Credentials,
  options: SignOptions = {},
): Promise<SignedHeaders> {
  const backend = options.backend ?? defaultBackend();
  const prepared = prepare(request, credentials, options, backend);
  const { sdkDate, token, parts } = prepared instanceof Promise ? await prepared : prepared;
  return signedHeadersOf(parts, credentials, sdkDate, token, backend);
}

/**
 * Signs a request with SDK-HMAC-SHA256. Returns new Headers: the request's own, plus X-Sdk-Date,
 * X-Security-Token (temporary credentials) and Authorization. Host is signed but not added.
 */
export async function signRequest(
  request: SignableRequest,
  credentials: Credentials,
  options: SignOptions = {},
): Promise<Headers> {
  const added = await signHeaders(request, credentials, options);
  const headers = toHeaders(request.headers);
  headers.delete("authorization");
  for (const [name, value] of Object.entries(added)) headers.set(name, value);
  return headers;
}

// Header lines whose values are credentials: the canonical request shows them as `[redacted]`.
const SECRET_HEADER_LINE = /^(x-security-token|x-auth-token):.*$/gm;

/**
 * The canonical request and string to sign for a request, as signRequest computes them: for debugging a
 * signature mismatch against a server's error message. Holds no secret: a security token's (or an
 * X-Auth-Token's) line reads `x-security-token:[redacted]`; the string to sign still hashes the real line,
 * as the server's does.
 */
export async function canonicalRequest(
  request: SignableRequest,
  credentials: Credentials,
  options: SignOptions = {},
): Promise<SignatureParts> {
  const { parts } = await prepare(request, credentials, options, options.backend ?? defaultBackend());
  return {
    ...parts,
    canonicalRequest: parts.canonicalRequest.replace(SECRET_HEADER_LINE, "$1:[redacted]"),
  };
}

/**
 * Signs a fetch Request: reads its body from a clone and returns a new Request with the signed
 * headers and every other property (signal, redirect, ...) of the original.
 */
export async function signFetchRequest(
  request: Request,
  credentials: Credentials,
  options: SignOptions = {},
): Promise<Request> {
  const body = request.body === null ? null : new Uint8Array(await request.clone().arrayBuffer());
  const headers = await signRequest(
    { method: request.method, url: request.url, headers: request.headers, body },
    credentials,
    options,
  );
  return new Request(request, body === null ? { headers } : { headers, body });
}
