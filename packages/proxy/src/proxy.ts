import { readBodyWithin } from "./body.js";
import { toResponse } from "./errors.js";
import { forwardWithFetch } from "./forward.js";
import type { Allowlist } from "./allowlist.js";
import type { AllowedOrigins } from "./cors.js";
import type { CredentialsSource } from "@hwcloud/signer";
import { isAnswer, PROXY_CORE, ProxyCore, type IncomingCall } from "./proxy-core.js";

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
  /**
   * Decides whether a request may go through, e.g. by session cookie or bearer token; false gives 401. Runs
   * before anything is signed. Read headers, URL and method; the body is the proxy's to read (under Node the
   * request has none).
   */
  authorize?: (request: Request, operation: ProxyOperation) => boolean | Promise<boolean>;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** How long a page may take to send its request body, in ms (default 10 000); then 408. */
  bodyTimeoutMs?: number;
  /**
   * How long the cloud may stay silent, in ms (default 30 000): before its answer starts that is a 504, after
   * it the answer is cut off.
   */
  upstreamTimeoutMs?: number;
  /** How long the credentials provider may take, in ms (default 10 000); then 503. */
  credentialsTimeoutMs?: number;
  /**
   * The proxy's public origin, e.g. "https://api.example.com", against which a page's Origin is judged
   * same-origin. Default: the request URL's origin (web runtimes) or the Host header's (Node). Set it when a
   * TLS-terminating load balancer sits in front, so https pages are recognised as same-origin.
   */
  origin?: string;
  /** Path prefix the proxy is mounted at; the service name follows it (default "/hwcloud"). */
  basePath?: string;
  /**
   * The fetch used to reach the cloud (default: globalThis.fetch; under `toNodeListener`, Node's own HTTP
   * client, which is faster).
   */
  fetch?: typeof fetch;
  /** Operations that may be forwarded (default: the allowlist generated from specs/). */
  allowlist?: Allowlist;
}

export type SigningProxy = (request: Request) => Promise<Response>;

/**
 * A web-standard handler that forwards the spec's operations to Huawei Cloud, signed with server-held keys.
 * Requests arrive as `<basePath>/<service>/<operation path>` and leave as `<service endpoint>/<operation path>`.
 * Under Node, `toNodeListener` runs the same checks on Node's own HTTP stack.
 */
export function createSigningProxy(options: SigningProxyOptions): SigningProxy {
  const core = new ProxyCore(options);
  const fetchUpstream =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const { maxBodyBytes, bodyTimeoutMs } = core.limits;

  async function signingProxy(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const call: IncomingCall = {
      method: request.method,
      pathname: url.pathname,
      search: url.search,
      selfOrigin: core.origin ?? url.origin,
      header: (name) => request.headers.get(name),
    };
    const routed = core.route(call);
    if (isAnswer(routed)) return toResponse(routed);
    const refused = (await core.authorized(routed, () => request)) ?? core.admit(routed, call);
    if (refused !== undefined) return toResponse(refused);

    const body = await readBodyWithin(request, maxBodyBytes, bodyTimeoutMs);
    if (body === "too-large") return toResponse(core.tooLarge(routed));
    if (body === "timeout") return toResponse(core.bodyTimedOut(routed));
    const bodyProblem = core.bodyProblem(routed, body, call);
    if (bodyProblem !== undefined) return toResponse(bodyProblem);

    const sendable = body.byteLength > 0 ? body : undefined;
    const signed = await core.sign(routed, call, sendable);
    if (isAnswer(signed)) return toResponse(signed);
    return forwardWithFetch(core, fetchUpstream, routed, signed, sendable, request.signal);
  }
  // toNodeListener finds the checks here and runs them without a web Request/Response round trip.
  Object.defineProperty(signingProxy, PROXY_CORE, { value: core });
  return signingProxy;
}
