// A request described the way both signers can take it: decoded parts for the official signer,
// a URL for ours. No Node imports: the Chromium suite uses it too.
import { parseSdkDate } from "../date.js";
import type { SignableRequest } from "../request.js";
import type { CheckedRequest } from "../sign-checked.js";

export interface OracleRequest {
  readonly method: string;
  /** Origin, e.g. https://ecs.cn-north-4.myhuaweicloud.com:8443 */
  readonly origin: string;
  /** Decoded path segments (the official signer encodes them itself). */
  readonly segments: readonly string[];
  readonly trailingSlash: boolean;
  /** Decoded query pairs, repeated names allowed. */
  readonly query: ReadonlyArray<readonly [string, string]>;
  /** Header names in the case to send them; X-Sdk-Date included. */
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON value whose JSON.stringify form is the body. */
  readonly json?: unknown;
}

/** The same request as a URL our signer takes: path and query percent-encoded. */
export function toUrl(request: OracleRequest): string {
  const path = request.segments.map(encodeURIComponent).join("/");
  const query = request.query.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`).join("&");
  const trailing = request.trailingSlash && request.segments.length > 0 ? "/" : "";
  return `${request.origin}/${path}${trailing}${query ? `?${query}` : ""}`;
}

export function toSignable(request: OracleRequest): SignableRequest {
  return {
    method: request.method,
    url: toUrl(request),
    headers: request.headers,
    body: request.json === undefined ? null : JSON.stringify(request.json),
  };
}

/** The same request as signCheckedRequest takes it: lower-case names, body bytes, X-Sdk-Date as the date. */
export function toChecked(request: OracleRequest): { request: CheckedRequest; date: Date } {
  const headers: Record<string, string> = {};
  let date: Date | undefined;
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.toLowerCase() === "x-sdk-date") date = parseSdkDate(value);
    else headers[name.toLowerCase()] = value;
  }
  if (date === undefined) throw new Error("an oracle request carries its X-Sdk-Date");
  const body = request.json === undefined ? null : new TextEncoder().encode(JSON.stringify(request.json));
  return { request: { method: request.method, url: toUrl(request), headers, body }, date };
}
