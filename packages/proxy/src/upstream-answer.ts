import type { AllowedOperation } from "./allowlist.js";
import type { ProxyErrorCode } from "./errors.js";

/**
 * Response headers a page may see: the media type, the request id for support tickets, Date for clock
 * checks, Retry-After for a client's backoff, plus what the operation's responses declare in the spec.
 * Everything else (HSTS, WWW-Authenticate, the cloud's CORS headers, cookies, arbitrary X-*) stays here.
 */
const BASE_RESPONSE_HEADERS = ["content-type", "content-language", "date", "retry-after", "x-request-id"];

export function responseHeaderNames(operation: AllowedOperation): ReadonlySet<string> {
  return new Set([...BASE_RESPONSE_HEADERS, ...(operation.responseHeaders ?? [])]);
}

/** Copies the allowed headers of the cloud's answer and adds the caller's CORS headers. */
export function pickResponseHeaders(
  get: (name: string) => string | null | undefined,
  allowed: ReadonlySet<string>,
  cors: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of allowed) {
    const value = get(name);
    if (value !== null && value !== undefined) out[name] = value;
  }
  return Object.assign(out, cors);
}

/** The most of a cloud error body the proxy reads; the rest is not needed to say what went wrong. */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;
const MAX_MESSAGE_CHARS = 512;
const CLOUD_CODE = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The proxy's own body for an error answer of the cloud, never the cloud's bytes as they are. A 401 is about
 * the proxy's credentials or signature (the gateway's text names the AK), so the page learns only that; for
 * other errors the cloud's code and message are kept, with the credentials in use cut out of the message,
 * so a page still sees "DCS.4404 job not found". The request id is kept for support.
 */
export function cloudErrorBody(
  status: number,
  text: string,
  requestId: string | null | undefined,
  secrets: readonly string[],
): string {
  const cloud = readCloudError(text);
  let code: ProxyErrorCode | string;
  let message: string;
  if (status === 401) {
    code = "PROXY.UPSTREAM_UNAUTHORIZED";
    message = "the cloud refused the proxy's credentials or signature (check the proxy's keys and clock)";
  } else if (cloud !== undefined) {
    code = cloud.code;
    message = redact(cloud.message, secrets).slice(0, MAX_MESSAGE_CHARS);
  } else {
    code = "PROXY.UPSTREAM_ERROR";
    message = `the cloud answered ${status} without an error body the proxy can read`;
  }
  const id = requestId ?? cloud?.requestId;
  return JSON.stringify({ error_code: code, error_msg: message, ...(id ? { request_id: id } : {}) });
}

function readCloudError(text: string): { code: string; message: string; requestId?: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const body = parsed as Record<string, unknown>;
  // Huawei services use { error_code, error_msg }, { code, message } or { error: { code, message } }.
  const nested =
    typeof body.error === "object" && body.error !== null ? (body.error as Record<string, unknown>) : {};
  const code = body.error_code ?? body.code ?? nested.code;
  const message = body.error_msg ?? body.message ?? nested.message;
  if (typeof code !== "string" || !CLOUD_CODE.test(code)) return undefined;
  const requestId = typeof body.request_id === "string" ? body.request_id : undefined;
  return { code, message: typeof message === "string" ? message : "", ...(requestId ? { requestId } : {}) };
}

function redact(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join("[redacted]");
  return out;
}
