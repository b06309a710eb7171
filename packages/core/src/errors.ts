/** What went wrong, so callers can branch without `instanceof` chains. */
export type HuaweiCloudErrorKind =
  | "http"
  | "network"
  | "timeout"
  | "abort"
  | "waiter"
  | "config"
  | "redirect"
  | "response_too_large"
  | "pagination"
  | "credentials";

export interface HuaweiCloudErrorDetails {
  /** HTTP status of the answer; undefined when no answer arrived. */
  status?: number;
  /** The service's error code, e.g. "DCS.4001" or "APIGW.0301". */
  errorCode?: string;
  /** The service's error message. */
  errorMsg?: string;
  /** The service's extra detail (`error_ext_msg`), when sent. */
  errorExtMsg?: string;
  /** From the X-Request-Id response header (or the body's `request_id`). */
  requestId?: string;
  /** Parsed JSON body, or the raw text when the body is not JSON (an HTML 502 page). */
  body?: unknown;
  /** Response headers. */
  headers?: Headers;
  /** Huawei's operation name, e.g. "ListCenterTask", when the error came from an operation method. */
  operation?: string;
  method?: string;
  url?: string;
  cause?: unknown;
}

// Shared by every copy of this package in a process (its ESM and CJS builds, two installed versions): a
// class is recognised by its brand, not by object identity, so `instanceof` holds across them. A class
// with a brand cannot be dropped by a bundler when unused (the computed key counts as a side effect), so
// the errors only paging and waiters throw live in their own modules (pagination-error.ts, waiter-error.ts).
export const BRAND = Symbol.for("@hwcloud/core:error-class");

type Branded = { [BRAND]?: string };

/** The details every error carries as own properties (undefined when not known), in this order. */
const DETAIL_FIELDS = [
  "status",
  "errorCode",
  "errorMsg",
  "errorExtMsg",
  "requestId",
  "body",
  "headers",
  "operation",
  "method",
  "url",
] as const satisfies readonly (keyof HuaweiCloudErrorDetails)[];

/**
 * Every error thrown by the @hwcloud clients. Itself it means an HTTP error answer; the subclasses cover
 * network failures, timeouts, aborts, failed waiters, bad configuration, refused redirects, oversized answers,
 * runaway listings and failing credentials providers. Never carries credentials.
 */
export class HuaweiCloudError extends Error {
  static readonly [BRAND]: string = "HuaweiCloudError";

  /**
   * `error instanceof HuaweiCloudNotFound...` style checks by brand: true when any class in the value's
   * prototype chain carries this class's brand, whichever build of the package created it. A subclass
   * without a brand of its own (a caller's) is checked by identity as usual.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (!Object.hasOwn(this, BRAND)) return Function.prototype[Symbol.hasInstance].call(this, value);
    const brand = (this as Branded)[BRAND];
    for (
      let proto = value;
      typeof proto === "object" && proto !== null;
      proto = Object.getPrototypeOf(proto)
    ) {
      const owner = Object.hasOwn(proto, "constructor")
        ? (proto as { constructor: unknown }).constructor
        : undefined;
      if (typeof owner === "function" && Object.hasOwn(owner, BRAND) && (owner as Branded)[BRAND] === brand) {
        return true;
      }
    }
    return false;
  }

  // Names are spelled out so they survive minifiers that rename classes.
  override name = "HuaweiCloudError";
  readonly kind: HuaweiCloudErrorKind = "http";
  // Declared, not defined: the constructor sets each from `details` in DETAIL_FIELDS' order.
  declare readonly status: number | undefined;
  declare readonly errorCode: string | undefined;
  declare readonly errorMsg: string | undefined;
  declare readonly errorExtMsg: string | undefined;
  declare readonly requestId: string | undefined;
  declare readonly body: unknown;
  declare readonly headers: Headers | undefined;
  declare readonly operation: string | undefined;
  declare readonly method: string | undefined;
  declare readonly url: string | undefined;

  constructor(message: string, details: HuaweiCloudErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    const fields = this as Record<(typeof DETAIL_FIELDS)[number], unknown>;
    for (const field of DETAIL_FIELDS) fields[field] = details[field];
  }
}

/** The request never got an answer: DNS, connection refused or reset, TLS, CORS in a browser. */
export class HuaweiCloudNetworkError extends HuaweiCloudError {
  static override readonly [BRAND]: string = "HuaweiCloudNetworkError";
  override name = "HuaweiCloudNetworkError";
  override readonly kind = "network";
}

/** No answer within `timeout` milliseconds (per attempt). */
export class HuaweiCloudTimeoutError extends HuaweiCloudError {
  static override readonly [BRAND]: string = "HuaweiCloudTimeoutError";
  override name = "HuaweiCloudTimeoutError";
  override readonly kind = "timeout";
}

/** The caller's AbortSignal fired. */
export class HuaweiCloudAbortError extends HuaweiCloudError {
  static override readonly [BRAND]: string = "HuaweiCloudAbortError";
  override name = "HuaweiCloudAbortError";
  override readonly kind = "abort";
}

/** Bad client options or parameters, found before any request is sent. */
export class HuaweiCloudConfigError extends HuaweiCloudError {
  static override readonly [BRAND]: string = "HuaweiCloudConfigError";
  override name = "HuaweiCloudConfigError";
  override readonly kind = "config";
}

/**
 * The endpoint answered with a redirect the client will not follow: to another origin (credentials are only
 * ever sent to the origin they were meant for), or more same-origin hops than `DEFAULTS.maxRedirects`.
 */
export class HuaweiCloudRedirectError extends HuaweiCloudError {
  static override readonly [BRAND]: string = "HuaweiCloudRedirectError";
  override name = "HuaweiCloudRedirectError";
  override readonly kind = "redirect";
  /** The Location the endpoint pointed to, resolved against the request URL (undefined when unreadable). */
  readonly location: string | undefined;

  constructor(message: string, details: HuaweiCloudErrorDetails & { location?: string | undefined }) {
    super(message, details);
    this.location = details.location;
  }
}

/** The answer's (decompressed) body was larger than `maxResponseBytes`; reading stopped there. */
export class HuaweiCloudResponseTooLargeError extends HuaweiCloudError {
  static override readonly [BRAND]: string = "HuaweiCloudResponseTooLargeError";
  override name = "HuaweiCloudResponseTooLargeError";
  override readonly kind = "response_too_large";
  readonly limitBytes: number;

  constructor(message: string, details: HuaweiCloudErrorDetails & { limitBytes: number }) {
    super(message, details);
    this.limitBytes = details.limitBytes;
  }
}

/** The credentials provider failed or returned something unusable; `cause` holds its own error. */
export class HuaweiCloudCredentialsError extends HuaweiCloudError {
  static override readonly [BRAND]: string = "HuaweiCloudCredentialsError";
  override name = "HuaweiCloudCredentialsError";
  override readonly kind = "credentials";
}

/** Which kind of refusal an error answer is, by status: branch on it instead of on numbers. */
export type StatusFamily =
  | "bad_request"
  | "authentication"
  | "permission_denied"
  | "not_found"
  | "conflict"
  | "rate_limit"
  | "server"
  | "other";

/** The families with a status of their own; every other status from 500 up is "server". */
const FAMILY_BY_STATUS: Readonly<Partial<Record<number, StatusFamily>>> = {
  400: "bad_request",
  401: "authentication",
  403: "permission_denied",
  404: "not_found",
  409: "conflict",
  429: "rate_limit",
};

export function statusFamily(status: number): StatusFamily {
  return FAMILY_BY_STATUS[status] ?? (status >= 500 ? "server" : "other");
}

/**
 * The service answered with an error status. `status`, `errorCode`, `errorMsg` and `requestId` come from
 * the answer; `body` is its parsed JSON (typed by the caller: `error.body as ErrorBody`); `statusFamily`
 * names the kind of refusal (400 bad_request, 401 authentication, 403 permission_denied, 404 not_found,
 * 409 conflict, 429 rate_limit, 5xx server).
 */
export class HuaweiCloudApiError<Body = unknown> extends HuaweiCloudError {
  static override readonly [BRAND]: string = "HuaweiCloudApiError";
  override name = "HuaweiCloudApiError";
  override readonly kind = "http";
  // Set by HuaweiCloudError's constructor; declared again only to narrow their types.
  declare readonly status: number;
  declare readonly body: Body;
  readonly statusFamily: StatusFamily;

  constructor(message: string, details: HuaweiCloudErrorDetails & { status: number; body?: Body }) {
    super(message, details);
    this.statusFamily = statusFamily(details.status);
  }
}
