import { defaultBackend, type CryptoBackend } from "./crypto.js";
import { parseSdkDate } from "./date.js";
import { timingSafeEqual } from "./encoding.js";
import { SignerError } from "./errors.js";
import { normalizeMethod, parseUrl, toHeaders, type SignableBody, type SignableRequest } from "./request.js";
import { HEADER_CONTENT_SHA256, HEADER_DATE, HEADER_SECURITY_TOKEN, buildStringToSign } from "./signature.js";

export type VerifyFailureReason = "missing_header" | "bad_format" | "unknown_ak" | "stale_date" | "mismatch";

export type VerifyResult =
  | { readonly ok: true; readonly ak: string; readonly signedHeaders: readonly string[] }
  | { readonly ok: false; readonly reason: VerifyFailureReason; readonly message: string };

/** Looks up the SK for an AK; return undefined (or null, or "") for an unknown AK. */
export type SecretLookup = (
  ak: string,
  context: { readonly securityToken: string | undefined },
) => string | undefined | null | Promise<string | undefined | null>;

export interface VerifyOptions {
  /** Server clock (default now). */
  readonly now?: Date | number | undefined;
  /** Largest accepted difference between X-Sdk-Date and now (default 15 minutes, as the cloud). */
  readonly maxSkewMs?: number | undefined;
  readonly backend?: CryptoBackend | undefined;
}

const AUTHORIZATION =
  /^SDK-HMAC-SHA256\s+Access=([^,\s]+)\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-f]{64})$/;
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9a-z]+$/;

function fail(reason: VerifyFailureReason, message: string): VerifyResult {
  return { ok: false, reason, message };
}

/**
 * Checks an SDK-HMAC-SHA256 signature the way the cloud does: recomputes it over the headers the
 * Authorization header lists, with the caller's SK, and checks the date is within `maxSkewMs`.
 * Accepts a fetch Request (its body is read from a clone) or a plain request object.
 */
export async function verifySignature(
  request: Request | SignableRequest,
  lookupSecret: SecretLookup,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const isFetchRequest = typeof Request !== "undefined" && request instanceof Request;
  const headers = toHeaders(request.headers);
  const authorization = headers.get("authorization");
  if (authorization === null) return fail("missing_header", "the Authorization header is missing");
  const match = AUTHORIZATION.exec(authorization);
  if (match === null) {
    return fail(
      "bad_format",
      "the Authorization header is not 'SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...'",
    );
  }
  const [, ak, signedList, signature] = match as unknown as [string, string, string, string];
  const signedNames = signedList.split(";");
  if (!signedNames.every((name) => HEADER_NAME.test(name))) {
    return fail("bad_format", "SignedHeaders must list lower-case header names separated by ';'");
  }
  if (!signedNames.includes(HEADER_DATE)) return fail("bad_format", "SignedHeaders must include x-sdk-date");

  const sdkDate = headers.get(HEADER_DATE);
  if (sdkDate === null) return fail("missing_header", "the X-Sdk-Date header is missing");
  const date = parseSdkDate(sdkDate);
  if (date === undefined) return fail("bad_format", "X-Sdk-Date must look like 20260102T030405Z");
  const now =
    options.now === undefined
      ? Date.now()
      : typeof options.now === "number"
        ? options.now
        : options.now.getTime();
  const maxSkewMs = options.maxSkewMs ?? 15 * 60_000;
  if (Math.abs(now - date.getTime()) > maxSkewMs) {
    return fail("stale_date", `X-Sdk-Date is more than ${maxSkewMs} ms away from the server clock`);
  }

  let url: URL;
  let method: string;
  try {
    url = parseUrl(request.url);
    method = normalizeMethod(request.method);
  } catch (error) {
    if (error instanceof SignerError) return fail("bad_format", error.message);
    throw error;
  }

  const signed: Array<[string, string]> = [];
  for (const name of signedNames) {
    const value = headers.get(name) ?? (name === "host" ? url.host : null);
    if (value === null)
      return fail("missing_header", `the signed header ${name} is missing from the request`);
    signed.push([name, value]);
  }

  const sk = await lookupSecret(ak, { securityToken: headers.get(HEADER_SECURITY_TOKEN) ?? undefined });
  if (sk === undefined || sk === null || sk === "")
    return fail("unknown_ak", `no secret key is known for AK ${ak}`);

  const body: SignableBody = isFetchRequest
    ? (request as Request).body === null
      ? null
      : new Uint8Array(await (request as Request).clone().arrayBuffer())
    : (request as SignableRequest).body;
  const backend = options.backend ?? defaultBackend();
  const parts = await buildStringToSign(
    { method, url, headers: signed, contentSha256: headers.get(HEADER_CONTENT_SHA256), body, sdkDate },
    backend,
  );
  // A fresh owner object: the server's SK is not tied to a long-lived credentials object here.
  const expected = await backend.hmacSha256Hex({}, sk, parts.stringToSign);
  if (!timingSafeEqual(expected, signature)) {
    return fail(
      "mismatch",
      "the signature does not match the request (check the canonical request on both sides)",
    );
  }
  return { ok: true, ak, signedHeaders: signedNames };
}
