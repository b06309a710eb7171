import { verifySignature, type VerifyResult } from "@hwcloud/signer";
import { MockRequestError } from "./error-response.js";
import type { MockOperation } from "./mock-operation.js";

/** What the mock accepts: AK/SK pairs for signed requests and IAM tokens for X-Auth-Token. */
export interface AcceptedCredentials {
  keys: ReadonlyMap<string, string>;
  iamTokens: ReadonlySet<string>;
  maxSkewMs: number;
  now: () => number;
}

// The cloud's API gateway answers every authentication failure with this code (and 401).
const AUTH_ERROR = "APIGW.0301";

/**
 * Checks the request against the operation's security requirements, as the API gateway does: an X-Auth-Token is
 * accepted where the operation allows `iamToken`, otherwise the SDK-HMAC-SHA256 signature is recomputed from the
 * signed headers and compared, and an X-Sdk-Date too far from the server clock is refused. Throws a 401
 * MockRequestError that says what was wrong, never echoing a secret.
 *
 * Everything the headers can settle (token, unknown AK, stale date) is settled before `readBody` is called, so
 * an unauthenticated sender cannot make the mock hold its body; the body (bounded by `readBody`) is read only
 * for the signature check over it. Returns the body that was read.
 */
export async function authenticate(
  request: Request,
  operation: MockOperation,
  accepted: AcceptedCredentials,
  readBody: () => Promise<Uint8Array | undefined>,
): Promise<Uint8Array | undefined> {
  const schemes = new Set(operation.auth);
  if (schemes.size === 0) return readBody();
  const token = request.headers.get("x-auth-token");
  if (token !== null && schemes.has("iamToken")) {
    if (accepted.iamTokens.has(token)) return readBody();
    throw unauthorized("Incorrect IAM authentication information: the X-Auth-Token is not valid");
  }
  if (!schemes.has("akSk")) {
    throw unauthorized(
      `Incorrect IAM authentication information: ${operation.operationId} needs an X-Auth-Token header`,
    );
  }
  if (request.headers.get("authorization") === null) {
    throw unauthorized(
      "Incorrect IAM authentication information: the request is not signed (no Authorization header)",
    );
  }
  // A header-only pass first: the same verifier without the body can only fail on the body hash, which is
  // decided after reading it; any other failure (unknown AK, stale date, malformed header) ends here.
  const lookup = (ak: string) => accepted.keys.get(ak);
  const options = { now: accepted.now(), maxSkewMs: accepted.maxSkewMs };
  const url = request.url;
  const early = await verifySignature(
    { method: request.method, url, headers: request.headers },
    lookup,
    options,
  );
  if (!early.ok && early.reason !== "mismatch") throw refusal(request, early, accepted);
  const body = await readBody();
  if (body === undefined || body.byteLength === 0) {
    if (early.ok) return body;
    throw refusal(request, early, accepted);
  }
  const result = await verifySignature(
    { method: request.method, url, headers: request.headers, body },
    lookup,
    options,
  );
  if (result.ok) return body;
  throw refusal(request, result, accepted);
}

function refusal(
  request: Request,
  result: Extract<VerifyResult, { ok: false }>,
  accepted: AcceptedCredentials,
): MockRequestError {
  if (result.reason === "stale_date") {
    // The gateway's wording, which clients read to correct a skewed clock.
    const signedAt = request.headers.get("x-sdk-date") ?? "";
    return unauthorized(
      `Incorrect IAM authentication information: signature expired, signature time: ${signedAt}, server time: ${sdkDate(accepted.now())}`,
    );
  }
  return unauthorized(`Incorrect IAM authentication information: ${result.message}`);
}

function sdkDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** Headers that carry credentials are the gateway's business, not the operation's parameters. */
export const CREDENTIAL_HEADERS = new Set([
  "authorization",
  "x-auth-token",
  "x-sdk-date",
  "x-security-token",
  "host",
]);

function unauthorized(message: string): MockRequestError {
  return new MockRequestError(401, AUTH_ERROR, message);
}
