import { HuaweiCloudConfigError } from "@hwcloud/core";
import {
  RedactedCredentials,
  signHeaders,
  type Credentials,
  type CredentialsProvider,
} from "@hwcloud/signer";
import type { AllowedOperation } from "./allowlist.js";
import { checkBody } from "./body.js";
import { BASE_REQUEST_HEADERS, corsHeaders, isOriginAllowed, preflightHeaders } from "./cors.js";
import { TIMED_OUT, within } from "./deadline.js";
import { errorAnswer, type Answer } from "./errors.js";
import { allowlist as generatedAllowlist } from "./generated/allowlist.js";
import { SIGNING_HEADERS } from "./headers.js";
import { resolveLimits, type ProxyLimits } from "./limits.js";
import type { ProxyOperation, SigningProxyOptions } from "./proxy.js";
import { unsafePathReason } from "./request-target.js";
import { matchRoute } from "./route.js";
import { exposeServices, locate } from "./services.js";
import { responseHeaderNames } from "./upstream-answer.js";
import { validateParameters } from "./validate.js";

/** One request as the checks see it, whichever runtime received it. */
export interface IncomingCall {
  readonly method: string;
  /** Raw (percent-encoded) path, origin form. */
  readonly pathname: string;
  /** "" or "?..." as received. */
  readonly search: string;
  /** The proxy's own origin: the configured `origin`, else the request URL's (web) or Host header's (Node). */
  readonly selfOrigin: string;
  /** A request header (lower-case name), or null. */
  header(name: string): string | null;
}

/** A request that found its operation and passed the origin checks; not yet authorised. */
export interface Routed {
  readonly operation: AllowedOperation;
  readonly info: ProxyOperation;
  readonly endpoint: string;
  /** Operation path and query, as sent to the endpoint. */
  readonly upstreamPath: string;
  readonly upstreamUrl: string;
  readonly cors: Record<string, string>;
  readonly requestHeaders: ReadonlySet<string>;
  readonly responseHeaders: ReadonlySet<string>;
}

export interface Signed {
  /** What goes to the cloud: the forwardable headers of the page's request and the signature's. */
  readonly headers: Record<string, string>;
  /** The credentials' strings, cut out of any cloud error message relayed to the page. */
  readonly secrets: readonly string[];
}

/** Methods the proxy understands; TRACE, CONNECT and inventions get 501 rather than an opaque failure. */
const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);

/**
 * Every decision of the proxy, shared by the web handler and the Node fast path so both enforce the same
 * rules in the same order: origin, method, size, route, preflight; then (after `authorize`) project and
 * parameters; then the body; and only then credentials and the signature.
 */
export class ProxyCore {
  readonly limits: ProxyLimits;
  readonly origin: string | undefined;
  readonly authorize: SigningProxyOptions["authorize"];
  readonly customFetch: typeof fetch | undefined;
  private readonly provider: CredentialsProvider | undefined;
  /** Static credentials, used as they are: no provider call, no timer per request. */
  private readonly staticKeys: Credentials | undefined;
  /** Per operation, computed once: the request headers it may forward and the response headers it may return. */
  private readonly headerSets = new WeakMap<
    AllowedOperation,
    { request: Set<string>; response: ReadonlySet<string> }
  >();
  private readonly basePath: string;
  private readonly allowedOrigins;
  private readonly allowCredentials: boolean;
  private readonly extraHeaders: ReadonlySet<string>;
  private readonly projectId: string | undefined;
  private readonly services;

  constructor(options: SigningProxyOptions) {
    this.limits = resolveLimits(options);
    this.origin =
      options.origin === undefined ? undefined : bareOrigin("origin must be a bare origin", options.origin);
    const allowedOrigins = options.allowedOrigins ?? [];
    if (typeof allowedOrigins !== "function") {
      for (const origin of allowedOrigins) bareOrigin("allowedOrigins entries must be bare origins", origin);
    }
    this.allowedOrigins = allowedOrigins;
    this.allowCredentials = options.allowCredentials ?? false;
    this.extraHeaders = new Set((options.allowRequestHeaders ?? []).map((h) => h.toLowerCase()));
    this.projectId = options.projectId;
    this.authorize = options.authorize;
    this.customFetch = options.fetch;
    this.basePath = normaliseBasePath(options.basePath ?? "/hwcloud");
    this.services = exposeServices(options.allowlist ?? generatedAllowlist, options);
    // Static keys are wrapped once (redacted when inspected, validated now) and then used as they are.
    if (typeof options.credentials === "function") this.provider = options.credentials;
    else this.staticKeys = new RedactedCredentials(options.credentials);
  }

  /** Origin, method, declared size, route and preflight: an answer, or the operation the call is for. */
  route(call: IncomingCall): Answer | Routed {
    // Browsers send Origin on same-origin requests too (all but GET/HEAD); those need no CORS grant.
    const header = call.header("origin");
    const origin = header === call.selfOrigin ? null : header;
    if (origin !== null && !isOriginAllowed(this.allowedOrigins, origin)) {
      return errorAnswer(403, "PROXY.ORIGIN_NOT_ALLOWED", `origin ${origin} is not allowed`);
    }
    const site = call.header("sec-fetch-site");
    if (origin === null && (site === "cross-site" || site === "same-site")) {
      return errorAnswer(
        403,
        "PROXY.ORIGIN_NOT_ALLOWED",
        "cross-site requests without an Origin are refused",
      );
    }
    const cors = corsHeaders(origin, this.allowCredentials);
    if (!KNOWN_METHODS.has(call.method)) {
      return errorAnswer(
        501,
        "PROXY.METHOD_NOT_IMPLEMENTED",
        `the proxy does not implement ${call.method}`,
        cors,
      );
    }
    const preflightMethod =
      call.method === "OPTIONS" && origin !== null ? call.header("access-control-request-method") : null;
    const method = preflightMethod ?? call.method;

    const declared = call.header("content-length");
    if (declared !== null && !(Number(declared) <= this.limits.maxBodyBytes)) {
      return errorAnswer(
        413,
        "PROXY.BODY_TOO_LARGE",
        `request body exceeds ${this.limits.maxBodyBytes} bytes`,
        cors,
      );
    }

    const located = locate(call.pathname, this.basePath, this.services);
    if (located === undefined) {
      return errorAnswer(404, "PROXY.UNKNOWN_OPERATION", `no operation at ${call.pathname}`, cors);
    }
    const unsafe = unsafePathReason(located.rest);
    if (unsafe !== undefined) return errorAnswer(400, "PROXY.INVALID_PARAMETER", unsafe, cors);
    const match = matchRoute(located.service.routes, method, located.rest);
    if (match.kind === "not-found") {
      return errorAnswer(
        404,
        "PROXY.UNKNOWN_OPERATION",
        `no ${located.name} operation at ${located.rest}`,
        cors,
      );
    }
    if (match.kind === "wrong-method") {
      return errorAnswer(405, "PROXY.METHOD_NOT_ALLOWED", `${method} is not allowed on this path`, {
        ...cors,
        allow: match.allowed.join(", "),
      });
    }
    if (match.kind === "bad-encoding") {
      return errorAnswer(400, "PROXY.INVALID_PARAMETER", "a path parameter is badly encoded", cors);
    }
    const { operation, pathParams } = match;
    const { request: requestHeaders, response: responseHeaders } = this.headersOf(operation);

    if (preflightMethod !== null && origin !== null) {
      const requested = (call.header("access-control-request-headers") ?? "")
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter((h) => requestHeaders.has(h) || this.extraHeaders.has(h));
      return {
        status: 204,
        headers: preflightHeaders(origin, this.allowCredentials, [operation.method], requested),
        body: null,
      };
    }
    return {
      operation,
      info: {
        service: located.name,
        operationId: operation.operationId,
        method: operation.method,
        path: operation.path,
        pathParams,
      },
      endpoint: located.service.endpoint,
      upstreamPath: `${located.rest}${call.search}`,
      upstreamUrl: `${located.service.endpoint}${located.rest}${call.search}`,
      cors,
      requestHeaders,
      responseHeaders,
    };
  }

  private headersOf(operation: AllowedOperation) {
    let sets = this.headerSets.get(operation);
    if (sets === undefined) {
      sets = { request: forwardableHeaders(operation), response: responseHeaderNames(operation) };
      this.headerSets.set(operation, sets);
    }
    return sets;
  }

  /** Asks the authorize hook, when there is one; `request` is built only then. */
  async authorized(routed: Routed, request: () => Request): Promise<Answer | undefined> {
    if (this.authorize === undefined) return undefined;
    let allowed: boolean;
    try {
      allowed = await this.authorize(request(), routed.info);
    } catch {
      return errorAnswer(500, "PROXY.AUTHORIZE_FAILED", "the authorize hook failed", routed.cors);
    }
    return allowed === true
      ? undefined
      : errorAnswer(401, "PROXY.UNAUTHORIZED", "this request is not authorised", routed.cors);
  }

  /** Project and parameter checks, after authorize so an unauthorised caller learns nothing about the spec. */
  admit(routed: Routed, call: IncomingCall): Answer | undefined {
    const { pathParams } = routed.info;
    if (
      this.projectId !== undefined &&
      "project_id" in pathParams &&
      pathParams.project_id !== this.projectId
    ) {
      return errorAnswer(
        403,
        "PROXY.PROJECT_NOT_ALLOWED",
        "this proxy does not serve that project",
        routed.cors,
      );
    }
    const problems = validateParameters(routed.operation, pathParams, new URLSearchParams(call.search), {
      get: (name) => call.header(name.toLowerCase()),
    });
    return problems.length > 0
      ? errorAnswer(400, "PROXY.INVALID_PARAMETER", problems.join("; "), routed.cors)
      : undefined;
  }

  bodyProblem(routed: Routed, body: Uint8Array, call: IncomingCall): Answer | undefined {
    const problem = checkBody(routed.operation, body, call.header("content-type"));
    return problem === undefined
      ? undefined
      : errorAnswer(400, "PROXY.INVALID_PARAMETER", problem, routed.cors);
  }

  tooLarge(routed: Routed): Answer {
    return errorAnswer(
      413,
      "PROXY.BODY_TOO_LARGE",
      `request body exceeds ${this.limits.maxBodyBytes} bytes`,
      routed.cors,
    );
  }

  bodyTimedOut(routed: Routed): Answer {
    return errorAnswer(
      408,
      "PROXY.BODY_TIMEOUT",
      `the request body did not arrive within ${this.limits.bodyTimeoutMs} ms`,
      routed.cors,
    );
  }

  upstreamTimedOut(routed: Routed): Answer {
    return errorAnswer(
      504,
      "PROXY.UPSTREAM_TIMEOUT",
      `${routed.endpoint} did not answer within ${this.limits.upstreamTimeoutMs} ms`,
      routed.cors,
    );
  }

  upstreamFailed(routed: Routed): Answer {
    return errorAnswer(502, "PROXY.UPSTREAM_FAILED", `could not reach ${routed.endpoint}`, routed.cors);
  }

  /** Signs the reduced request with the proxy's credentials (the provider bounded by credentialsTimeoutMs). */
  /** The answer for a request this proxy cannot read: a bad request-target or Host. */
  static badTarget(message: string): Answer {
    return errorAnswer(400, "PROXY.BAD_REQUEST_TARGET", message);
  }

  async sign(routed: Routed, call: IncomingCall, body: Uint8Array | undefined): Promise<Answer | Signed> {
    const headers: Record<string, string> = {};
    for (const name of routed.requestHeaders) {
      const value = call.header(name);
      if (value !== null) headers[name] = value;
    }
    // The official SDKs send the project id as a signed header alongside the path.
    const projectId = routed.info.pathParams.project_id;
    if (projectId !== undefined) headers["x-project-id"] = projectId;
    try {
      const credentials =
        this.staticKeys ?? (await within(this.provider!(), this.limits.credentialsTimeoutMs));
      if (credentials === TIMED_OUT) {
        return errorAnswer(
          503,
          "PROXY.CREDENTIALS_TIMEOUT",
          `the credentials provider did not answer within ${this.limits.credentialsTimeoutMs} ms`,
          routed.cors,
        );
      }
      // The added headers as a plain record, merged into the forwarded ones: no Headers object per call.
      const added = await signHeaders(
        { method: routed.operation.method, url: routed.upstreamUrl, headers, body },
        credentials,
      );
      const secrets = [credentials.ak, credentials.sk, credentials.securityToken ?? ""];
      return { headers: Object.assign(headers, added), secrets };
    } catch {
      // Provider and signer errors may describe the credentials; the caller learns only what failed.
      return errorAnswer(
        500,
        "PROXY.CREDENTIALS_FAILED",
        "could not load credentials or sign the request",
        routed.cors,
      );
    }
  }
}

/**
 * Where createSigningProxy leaves its checks for toNodeListener. Symbol.for and no instanceof: the CJS build
 * bundles `.` and `./node` separately, each with its own ProxyCore class, and they must still recognise each
 * other's handlers (the "v1" names the shape they share).
 */
export const PROXY_CORE = Symbol.for("@hwcloud/proxy:core:v1");

export function coreOf(handler: unknown): ProxyCore | undefined {
  const core = (handler as { [PROXY_CORE]?: Partial<ProxyCore> } | null)?.[PROXY_CORE];
  return typeof core?.route === "function" ? (core as ProxyCore) : undefined;
}

export function isAnswer(value: Answer | Routed | Signed): value is Answer {
  return "status" in value;
}

function forwardableHeaders(operation: AllowedOperation): Set<string> {
  const names = new Set<string>(BASE_REQUEST_HEADERS);
  for (const rule of operation.parameters) if (rule.in === "header") names.add(rule.name.toLowerCase());
  for (const name of SIGNING_HEADERS) names.delete(name);
  return names;
}

function normaliseBasePath(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed === "" || trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

/** Catches the usual slip of a trailing slash or path: browsers send the bare origin. */
function bareOrigin(rule: string, origin: unknown): string {
  let parsed: string | undefined;
  try {
    parsed = typeof origin === "string" ? new URL(origin).origin : undefined;
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || parsed !== origin || parsed === "null") {
    throw new HuaweiCloudConfigError(
      `createSigningProxy: ${rule} such as "https://app.example.com", got "${String(origin)}".`,
    );
  }
  return parsed;
}
