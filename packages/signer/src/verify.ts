import { defaultBackend, type CryptoBackend } from "./crypto.js";
import { parseSdkDate } from "./date.js";
import { hasInvalidPercentEscape, timingSafeEqual } from "./encoding.js";
import { SignerError } from "./errors.js";
import { checkNumberOption } from "./options.js";
import {
  bodyToHashInput,
  normalizeMethod,
  parseUrl,
  toHeaders,
  type SignableBody,
  type SignableRequest,
} from "./request.js";
import {
  HEADER_CONTENT_SHA256,
  HEADER_DATE,
  HEADER_SECURITY_TOKEN,
  UNSIGNED_PAYLOAD,
  buildStringToSign,
} from "./signature.js";
import { EMPTY_BODY_SHA256 } from "./canonical.js";

export type VerifyFailureReason = "missing_header" | "bad_format" | "unknown_ak" | "stale_date" | "mismatch";

export type VerifyResult =
  | {
      readonly ok: true;
      readonly ak: string;
      readonly signedHeaders: readonly string[];
      /** True when the signature covers no body (`X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`). */
      readonly unsignedPayload?: true;
    }
  | { readonly ok: false; readonly reason: VerifyFailureReason; readonly message: string };

/** Looks up the SK for an AK; return undefined (or null, or "") for an unknown AK. */
export type SecretLookup = (
  ak: string,
  context: { readonly securityToken: string | undefined },
) => string | undefined | null | Promise<string | undefined | null>;

export interface VerifyOptions {
  /** Server clock (default now): a valid Date or finite epoch milliseconds. */
  readonly now?: Date | number | undefined;
  /** Largest accepted difference between X-Sdk-Date and now: finite, >= 0 (default 15 minutes, as the cloud). */
  readonly maxSkewMs?: number | undefined;
  readonly backend?: CryptoBackend | undefined;
}

const DEFAULT_MAX_SKEW_MS = 15 * 60_000;

/**
 * The server clock and skew window, or a SignerError: a NaN or an Invalid Date would make every date
 * comparison false, and so accept a signature of any age (fail open).
 */
function checkedClock(options: VerifyOptions): { now: number; maxSkewMs: number } {
  if (typeof options !== "object" || options === null) {
    throw new SignerError("invalid_option", "verifySignature options must be an object");
  }
  const given = options.now;
  const now =
    given === undefined
      ? Date.now()
      : checkNumberOption(
          "options.now",
          given instanceof Date ? given.getTime() : given,
          Number.NEGATIVE_INFINITY,
        )!;
  const maxSkewMs = checkNumberOption("options.maxSkewMs", options.maxSkewMs) ?? DEFAULT_MAX_SKEW_MS;
  return { now, maxSkewMs };
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
 *
 * What an accepted signature covers: the method, the path and query (compared in canonical form), every
 * header SignedHeaders lists (which must include `host` and `x-sdk-date`), and the body itself: the
 * payload hash is computed from the body received. An `X-Sdk-Content-Sha256` header counts only when it
 * is signed; it must then equal the body's hash, or be `UNSIGNED-PAYLOAD` (the official convention for a
 * body the signature deliberately does not cover; `result.unsignedPayload` says so). A path or query with
 * an invalid percent-escape is refused, since its canonical form would also match other URLs.
 * Bad options throw SignerError("invalid_option"); everything about the request is a `{ ok: false }`.
 */
export async function verifySignature(
  request: Request | SignableRequest,
  lookupSecret: SecretLookup,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  if (typeof lookupSecret !== "function") {
    throw new SignerError("invalid_option", "lookupSecret must be a function");
  }
  const clock = checkedClock(options);
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
  // Without host, a signature for one service would verify on any other that shares the key.
  if (!signedNames.includes("host")) return fail("bad_format", "SignedHeaders must include host");

  const sdkDate = headers.get(HEADER_DATE);
  if (sdkDate === null) return fail("missing_header", "the X-Sdk-Date header is missing");
  const date = parseSdkDate(sdkDate);
  if (date === undefined) return fail("bad_format", "X-Sdk-Date must look like 20260102T030405Z");
  const { now, maxSkewMs } = clock;
  if (!(Math.abs(now - date.getTime()) <= maxSkewMs)) {
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
  if (hasInvalidPercentEscape(url.pathname) || hasInvalidPercentEscape(url.search)) {
    return fail(
      "bad_format",
      "the URL holds a '%' that is not a valid UTF-8 percent-escape (its canonical form would match other URLs)",
    );
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
  // The payload hash comes from the body received, never from an unsigned header.
  const hashInput = bodyToHashInput(body);
  const bodyHash = hashInput === null ? EMPTY_BODY_SHA256 : await backend.sha256Hex(hashInput);
  let payloadHash = bodyHash;
  let unsignedPayload = false;
  if (signedNames.includes(HEADER_CONTENT_SHA256)) {
    const declared = headers.get(HEADER_CONTENT_SHA256)!;
    if (declared === UNSIGNED_PAYLOAD) {
      payloadHash = UNSIGNED_PAYLOAD;
      unsignedPayload = true;
    } else if (declared.toLowerCase() !== bodyHash) {
      return fail("mismatch", "the signed X-Sdk-Content-Sha256 does not match the hash of the body");
    } else {
      payloadHash = declared;
    }
  }
  const parts = await buildStringToSign(
    { method, url, headers: signed, contentSha256: payloadHash, body: null, sdkDate },
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
  return unsignedPayload
    ? { ok: true, ak, signedHeaders: signedNames, unsignedPayload }
    : { ok: true, ak, signedHeaders: signedNames };
}
