import { assertValidCredentials, type Credentials } from "./credentials.js";
import { defaultBackend, type CryptoBackend } from "./crypto.js";
import { formatSdkDate, parseSdkDate } from "./date.js";
import { SignerError } from "./errors.js";
import { normalizeMethod, parseUrl, toHeaders, type SignableRequest } from "./request.js";
import {
  HEADER_CONTENT_SHA256,
  HEADER_DATE,
  HEADER_SECURITY_TOKEN,
  authorizationValue,
  buildStringToSign,
  type SignatureParts,
} from "./signature.js";

export interface SignOptions {
  /** Signing time (default now). Wins over an X-Sdk-Date header on the request. */
  readonly date?: Date | undefined;
  /** Hashing implementation; tests use it to pin the WebCrypto path. */
  readonly backend?: CryptoBackend | undefined;
}

interface Prepared {
  readonly headers: Headers;
  readonly parts: SignatureParts;
}

async function prepare(
  request: SignableRequest,
  credentials: Credentials,
  options: SignOptions,
  backend: CryptoBackend,
): Promise<Prepared> {
  assertValidCredentials(credentials);
  const method = normalizeMethod(request.method);
  const url = parseUrl(request.url);
  const headers = toHeaders(request.headers);
  // A previous signature is never part of the new one (re-signing a retried request).
  if (headers.has("authorization")) headers.delete("authorization");

  let sdkDate: string;
  if (options.date !== undefined) {
    sdkDate = formatSdkDate(options.date);
  } else {
    const given = headers.get(HEADER_DATE);
    if (given !== null && parseSdkDate(given) === undefined) {
      throw new SignerError("invalid_date", "the X-Sdk-Date header must look like 20260102T030405Z");
    }
    sdkDate = given ?? formatSdkDate(new Date());
  }
  if (headers.get(HEADER_DATE) !== sdkDate) headers.set(HEADER_DATE, sdkDate);
  if (credentials.securityToken) headers.set(HEADER_SECURITY_TOKEN, credentials.securityToken);

  // Host is signed from the URL (fetch sets the header itself and forbids setting it).
  const signed: Array<readonly [string, string]> = [...headers];
  if (!headers.has("host")) signed.push(["host", url.host]);

  const parts = await buildStringToSign(
    {
      method,
      url,
      headers: signed,
      contentSha256: headers.get(HEADER_CONTENT_SHA256),
      body: request.body,
      sdkDate,
    },
    backend,
  );
  return { headers, parts };
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
  const backend = options.backend ?? defaultBackend();
  const { headers, parts } = await prepare(request, credentials, options, backend);
  const signature = await backend.hmacSha256Hex(credentials, credentials.sk, parts.stringToSign);
  headers.set("authorization", authorizationValue(credentials.ak, parts.signedHeaders, signature));
  return headers;
}

/**
 * The canonical request and string to sign for a request, exactly as signRequest computes them:
 * for debugging a signature mismatch against a server's error message. Holds no secret.
 */
export async function canonicalRequest(
  request: SignableRequest,
  credentials: Credentials,
  options: SignOptions = {},
): Promise<SignatureParts> {
  return (await prepare(request, credentials, options, options.backend ?? defaultBackend())).parts;
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
