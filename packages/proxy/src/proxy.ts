import { HuaweiCloudConfigError } from "@hwcloud/core";
import { staticCredentials, type CredentialsSource } from "@hwcloud/signer";
import type { AllowedOperation, Allowlist } from "./allowlist.js";
import { checkBody, readBodyWithin } from "./body.js";
import {
  BASE_REQUEST_HEADERS,
  type AllowedOrigins,
  corsHeaders,
  isOriginAllowed,
  preflightHeaders,
} from "./cors.js";
import { errorResponse } from "./errors.js";
import { forward } from "./forward.js";
import { allowlist as generatedAllowlist } from "./generated/allowlist.js";
import { pickRequestHeaders } from "./headers.js";
import { matchRoute } from "./route.js";
import { exposeServices, locate } from "./services.js";
import { validateParameters } from "./validate.js";

/** What the authorize hook learns about the call it is asked to allow. */
export interface ProxyOperation {
  readonly service: string;
  readonly operationId: string;
  readonly method: string;
  /** The spec's path template, e.g. "/v2/{project_id}/jobs/{job_id}". */
  readonly path: string;
  readonly pathParams: Readonly<Record<string, string>>;
}

export interface SigningProxyOptions {
  /**
   * AK/SK to sign with ({ ak, sk, securityToken? }, e.g. fromEnv() from @hwcloud/signer), or an async provider
   * called per request (wrap slow sources in refreshingCredentials). Stays on the server.
   */
  credentials: CredentialsSource;
  /** Region for every exposed service, resolved through the spec's region list as the clients do. */
  region?: string;
  /** Endpoint origin per service; wins over `region` for that service. */
  endpoints?: Readonly<Record<string, string>>;
  /** Services to expose (default: every service with `region`, else those named in `endpoints`). */
  services?: readonly string[];
  /** When set, only this project's paths are forwarded; others get 403. */
  projectId?: string;
  /** Page origins allowed to call cross-origin (exact "https://app.example.com" strings, or a predicate). */
  allowedOrigins?: AllowedOrigins;
  /** Adds Access-Control-Allow-Credentials, for pages that authenticate with cookies (default false). */
  allowCredentials?: boolean;
  /**
   * Extra headers pages may send for `authorize` to read (e.g. "authorization" for a bearer token): allowed in
   * preflight answers, never forwarded to the cloud.
   */
  allowRequestHeaders?: readonly string[];
  /** Decides whether a request may go through, e.g. by session cookie or bearer token; false gives 401. */
  authorize?: (request: Request, operation: ProxyOperation) => boolean | Promise<boolean>;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Path prefix the proxy is mounted at; the service name follows it (default "/hwcloud"). */
  basePath?: string;
  /** The fetch used to reach the cloud (default: globalThis.fetch). */
  fetch?: typeof fetch;
  /** Operations that may be forwarded (default: the allowlist generated from specs/). */
  allowlist?: Allowlist;
}

export type SigningProxy = (request: Request) => Promise<Response>;

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * A web-standard handler that forwards the spec's operations to Huawei Cloud, signed with server-held keys.
 * Requests arrive as `<basePath>/<service>/<operation path>` and leave as `<service endpoint>/<operation path>`.
 */
export function createSigningProxy(options: SigningProxyOptions): SigningProxy {
  const allowlist = options.allowlist ?? generatedAllowlist;
  const basePath = normaliseBasePath(options.basePath ?? "/hwcloud");
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const allowedOrigins = checkOrigins(options.allowedOrigins ?? []);
  const allowCredentials = options.allowCredentials ?? false;
  const extraHeaders = new Set((options.allowRequestHeaders ?? []).map((h) => h.toLowerCase()));
  const upstreamFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const services = exposeServices(allowlist, options);
  const credentials =
    typeof options.credentials === "function" ? options.credentials : staticCredentials(options.credentials);

  return async function signingProxy(request: Request): Promise<Response> {
    const url = new URL(request.url);
    // Browsers send Origin on same-origin requests too (all but GET/HEAD); those need no CORS grant.
    const header = request.headers.get("origin");
    const origin = header === url.origin ? null : header;
    if (origin !== null && !isOriginAllowed(allowedOrigins, origin)) {
      return errorResponse(403, "PROXY.ORIGIN_NOT_ALLOWED", `origin ${origin} is not allowed`);
    }
    const site = request.headers.get("sec-fetch-site");
    if (origin === null && (site === "cross-site" || site === "same-site")) {
      return errorResponse(
        403,
        "PROXY.ORIGIN_NOT_ALLOWED",
        "cross-site requests without an Origin are refused",
      );
    }
    const cors = corsHeaders(origin, allowCredentials);
    const preflightMethod =
      request.method === "OPTIONS" && origin !== null
        ? request.headers.get("access-control-request-method")
        : null;
    const method = preflightMethod ?? request.method;

    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > maxBodyBytes) {
      return errorResponse(413, "PROXY.BODY_TOO_LARGE", `request body exceeds ${maxBodyBytes} bytes`, cors);
    }

    const located = locate(url.pathname, basePath, services);
    if (located === undefined) {
      return errorResponse(404, "PROXY.UNKNOWN_OPERATION", `no operation at ${url.pathname}`, cors);
    }
    const match = matchRoute(located.service.routes, method, located.rest);
    if (match.kind === "not-found") {
      return errorResponse(
        404,
        "PROXY.UNKNOWN_OPERATION",
        `no ${located.name} operation at ${located.rest}`,
        cors,
      );
    }
    if (match.kind === "wrong-method") {
      return errorResponse(405, "PROXY.METHOD_NOT_ALLOWED", `${method} is not allowed on this path`, {
        ...cors,
        allow: match.allowed.join(", "),
      });
    }
    if (match.kind === "bad-encoding") {
      return errorResponse(
        400,
        "PROXY.INVALID_PARAMETER",
        "a path parameter is badly encoded or holds a slash or dot segment",
        cors,
      );
    }
    const { operation, pathParams } = match;
    const forwardable = forwardableHeaders(operation);

    if (preflightMethod !== null && origin !== null) {
      const requested = (request.headers.get("access-control-request-headers") ?? "")
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter((h) => forwardable.has(h) || extraHeaders.has(h));
      return new Response(null, {
        status: 204,
        headers: preflightHeaders(origin, allowCredentials, [operation.method], requested),
      });
    }

    const info: ProxyOperation = {
      service: located.name,
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      pathParams,
    };
    let allowed = true;
    if (options.authorize !== undefined) {
      try {
        allowed = await options.authorize(request, info);
      } catch {
        return errorResponse(500, "PROXY.AUTHORIZE_FAILED", "the authorize hook failed", cors);
      }
    }
    if (!allowed) return errorResponse(401, "PROXY.UNAUTHORIZED", "this request is not authorised", cors);

    if (
      options.projectId !== undefined &&
      "project_id" in pathParams &&
      pathParams.project_id !== options.projectId
    ) {
      return errorResponse(403, "PROXY.PROJECT_NOT_ALLOWED", "this proxy does not serve that project", cors);
    }
    const problems = validateParameters(operation, pathParams, url.searchParams, request.headers);
    if (problems.length > 0) return errorResponse(400, "PROXY.INVALID_PARAMETER", problems.join("; "), cors);

    const body = await readBodyWithin(request, maxBodyBytes);
    if (body === "too-large") {
      return errorResponse(413, "PROXY.BODY_TOO_LARGE", `request body exceeds ${maxBodyBytes} bytes`, cors);
    }
    const bodyProblem = checkBody(operation, body, request.headers.get("content-type"));
    if (bodyProblem !== undefined) return errorResponse(400, "PROXY.INVALID_PARAMETER", bodyProblem, cors);

    const headers = pickRequestHeaders(request.headers, forwardable);
    // The official SDKs send the project id as a signed header alongside the path.
    if (pathParams.project_id !== undefined) headers.set("x-project-id", pathParams.project_id);
    return forward({
      fetch: upstreamFetch,
      credentials,
      endpoint: located.service.endpoint,
      url: `${located.service.endpoint}${located.rest}${url.search}`,
      method: operation.method,
      headers,
      body: body.byteLength > 0 ? body : undefined,
      signal: request.signal,
      cors,
    });
  };
}

function forwardableHeaders(operation: AllowedOperation): Set<string> {
  const names = new Set<string>(BASE_REQUEST_HEADERS);
  for (const rule of operation.parameters) if (rule.in === "header") names.add(rule.name.toLowerCase());
  return names;
}

function normaliseBasePath(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed === "" || trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

/** Catches the usual slip of a trailing slash or path: browsers send the bare origin. */
function checkOrigins(origins: AllowedOrigins): AllowedOrigins {
  if (typeof origins === "function") return origins;
  for (const origin of origins) {
    let parsed: string | undefined;
    try {
      parsed = new URL(origin).origin;
    } catch {
      parsed = undefined;
    }
    if (parsed !== origin) {
      throw new HuaweiCloudConfigError(
        `createSigningProxy: allowedOrigins entries must be bare origins such as "https://app.example.com", got "${origin}".`,
      );
    }
  }
  return origins;
}
