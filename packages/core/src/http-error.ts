import { parseErrorBody } from "./error-body.js";
import { HuaweiCloudApiError } from "./errors.js";

export type AuthMode = "aksk" | "iamToken" | "none";

export interface HttpErrorContext {
  operation?: string;
  method: string;
  url: string;
  auth: AuthMode;
}

const SIGNATURE_REJECTED = /signature|aksk|x-sdk-date|expired/i;

/**
 * A 401 to an unsigned call: from @hwcloud/proxy (its codes start with "PROXY.") it is the page's own
 * authentication or the proxy's keys that failed, not the choice of endpoint.
 */
function unsignedRejection(errorCode: string | undefined): string {
  if (errorCode === "PROXY.UNAUTHORIZED") {
    return "The signing proxy refused the page's own authentication: check its token or session.";
  }
  if (errorCode === "PROXY.UPSTREAM_UNAUTHORIZED") {
    return "The cloud refused the signing proxy's own credentials: check its AK/SK and clock.";
  }
  return 'The request was sent unsigned (credentials: "none"): point the endpoint at a signing proxy.';
}

/** The advice that depends on the status alone. */
const ADVICE_BY_STATUS: Readonly<Partial<Record<number, string>>> = {
  404: "Not found: check the region or endpoint, the project id and the resource id.",
  429: "Rate limited: send fewer requests, or raise maxRetries to wait longer.",
};

/** What to do next, by status: the part of the message a user acts on. */
function hint(
  status: number,
  errorMsg: string | undefined,
  errorCode: string | undefined,
  ctx: HttpErrorContext,
) {
  if (status === 401) {
    if (ctx.auth === "aksk" && SIGNATURE_REJECTED.test(`${errorCode ?? ""} ${errorMsg ?? ""}`)) {
      return (
        "The AK/SK signature was rejected: check that the AK and SK belong together, and that this machine's clock " +
        "is right (the gateway refuses signatures more than 15 minutes off; set clockOffsetMs if you cannot fix the clock)."
      );
    }
    if (ctx.auth === "iamToken")
      return "The IAM token was rejected: it may have expired (tokens last 24 hours); get a new one.";
    if (ctx.auth === "none") return unsignedRejection(errorCode);
    return "Authentication failed: check the credentials.";
  }
  if (status === 403) {
    const what = ctx.operation || "this operation";
    return `Access denied: the credentials were accepted but are not allowed to call ${what} here; grant the IAM user a policy that permits it, and check the project id and region.`;
  }
  return (
    ADVICE_BY_STATUS[status] ??
    (status >= 500 ? "The service failed to answer the request; try again later." : undefined)
  );
}

/** Builds the HuaweiCloudError for a non-2xx answer; `body` is the parsed JSON or raw text. */
export function errorFromResponse(
  response: Pick<Response, "status" | "statusText" | "headers">,
  body: unknown,
  ctx: HttpErrorContext,
): HuaweiCloudApiError {
  const parsed = parseErrorBody(body);
  // An empty header tells nothing: the body's request id, if any, stands in.
  const requestId = response.headers.get("x-request-id") || parsed.requestId;
  const statusText = response.statusText ? ` ${response.statusText}` : "";
  const contentType = response.headers.get("content-type") ?? "no content type";
  const detail =
    parsed.errorCode !== undefined || parsed.errorMsg !== undefined
      ? `${parsed.errorCode ?? "(no code)"}: ${parsed.errorMsg ?? "(no message)"}`
      : typeof body === "string"
        ? `the answer was not a JSON error body (${contentType})`
        : "the answer carried no error code";
  const parts = [
    `${ctx.operation || `${ctx.method} ${new URL(ctx.url).pathname}`} failed with HTTP ${response.status}${statusText}: ${detail}.`,
  ];
  const advice = hint(response.status, parsed.errorMsg, parsed.errorCode, ctx);
  if (advice) parts.push(advice);
  if (requestId) parts.push(`Request id: ${requestId}.`);
  return new HuaweiCloudApiError(parts.join(" "), {
    ...parsed,
    status: response.status,
    requestId,
    body,
    headers: response.headers,
    // An empty operation name tells nothing: absent, as when not given.
    operation: ctx.operation || undefined,
    method: ctx.method,
    url: ctx.url,
  });
}
