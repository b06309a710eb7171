import {
  ALGORITHM,
  EMPTY_BODY_SHA256,
  canonicalHeaders,
  canonicalQueryString,
  canonicalUri,
  joinCanonicalRequest,
  stringToSign,
} from "./canonical.js";
import type { Credentials } from "./credentials.js";
import type { CryptoBackend } from "./crypto.js";
import { bodyToHashInput, type SignableBody } from "./request.js";

export const HEADER_DATE = "x-sdk-date";
export const HEADER_CONTENT_SHA256 = "x-sdk-content-sha256";
export const HEADER_SECURITY_TOKEN = "x-security-token";
/** The X-Sdk-Content-Sha256 value by which a signer says the signature does not cover the body. */
export const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

export interface SignatureInput {
  readonly method: string;
  /** The URL's path and query (`?` included, or empty), as the request sends them. */
  readonly url: Pick<URL, "pathname" | "search">;
  /** Lower-case name and value of every header to sign, `host` included; sorted in place by the signing. */
  readonly headers: Array<readonly [string, string]>;
  /** Value of X-Sdk-Content-Sha256 when the caller set one, which then replaces the body hash. */
  readonly contentSha256: string | null;
  readonly body: SignableBody;
  readonly sdkDate: string;
}

export interface SignatureParts {
  readonly canonicalRequest: string;
  readonly signedHeaders: string;
  readonly stringToSign: string;
}

/**
 * Builds the canonical request and string to sign. With a synchronous backend (node:crypto) it returns
 * the parts directly, so a signature costs no promise round trip per hash.
 */
export function buildStringToSign(
  input: SignatureInput,
  backend: CryptoBackend,
): SignatureParts | Promise<SignatureParts> {
  const bodyInput = input.contentSha256 === null ? bodyToHashInput(input.body) : null;
  const payloadHash =
    input.contentSha256 ?? (bodyInput === null ? EMPTY_BODY_SHA256 : backend.sha256Hex(bodyInput));
  return typeof payloadHash === "string"
    ? withPayloadHash(input, payloadHash, backend)
    : payloadHash.then((hash) => withPayloadHash(input, hash, backend));
}

function withPayloadHash(
  input: SignatureInput,
  payloadHash: string,
  backend: CryptoBackend,
): SignatureParts | Promise<SignatureParts> {
  const headers = canonicalHeaders(input.headers);
  const canonicalRequest = joinCanonicalRequest({
    method: input.method,
    uri: canonicalUri(input.url.pathname),
    query: canonicalQueryString(input.url.search),
    headers,
    payloadHash,
  });
  const parts = (hash: string): SignatureParts => ({
    canonicalRequest,
    signedHeaders: headers.signedHeaders,
    stringToSign: stringToSign(input.sdkDate, hash),
  });
  const hash = backend.sha256Hex(canonicalRequest);
  return typeof hash === "string" ? parts(hash) : hash.then(parts);
}

/**
 * The headers signing adds to a request. Sending the request's own headers plus these (Authorization
 * replacing any the request had) is what signRequest returns as one `Headers`.
 */
export interface SignedHeaders {
  readonly "x-sdk-date": string;
  /** Present when the credentials are temporary. */
  readonly "x-security-token"?: string;
  readonly authorization: string;
}

/**
 * The HMAC over the string to sign and the headers that carry it; synchronous with a synchronous backend.
 * `credentials` keys the backend's imported-key cache.
 */
export function signedHeadersOf(
  parts: SignatureParts,
  credentials: Credentials,
  sdkDate: string,
  token: string | undefined,
  backend: CryptoBackend,
): SignedHeaders | Promise<SignedHeaders> {
  const headers = (signature: string): SignedHeaders => {
    const authorization = authorizationValue(credentials.ak, parts.signedHeaders, signature);
    return token === undefined
      ? { "x-sdk-date": sdkDate, authorization }
      : { "x-sdk-date": sdkDate, "x-security-token": token, authorization };
  };
  const hmac = backend.hmacSha256Hex(credentials, credentials.sk, parts.stringToSign);
  return typeof hmac === "string" ? headers(hmac) : hmac.then(headers);
}

export function authorizationValue(ak: string, signedHeaders: string, signature: string): string {
  return `${ALGORITHM} Access=${ak}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
