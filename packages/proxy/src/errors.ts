/**
 * Refusals use the cloud's own error body shape ({ error_code, error_msg }), so a service client reports a
 * proxy refusal as a HuaweiCloudError just as it would a refusal from the cloud.
 */
export type ProxyErrorCode =
  | "PROXY.ORIGIN_NOT_ALLOWED"
  | "PROXY.UNKNOWN_OPERATION"
  | "PROXY.METHOD_NOT_ALLOWED"
  | "PROXY.BODY_TOO_LARGE"
  | "PROXY.UNAUTHORIZED"
  | "PROXY.PROJECT_NOT_ALLOWED"
  | "PROXY.INVALID_PARAMETER"
  | "PROXY.NO_ENDPOINT"
  | "PROXY.CREDENTIALS_FAILED"
  | "PROXY.AUTHORIZE_FAILED"
  | "PROXY.UPSTREAM_FAILED";

export function errorResponse(
  status: number,
  code: ProxyErrorCode,
  message: string,
  headers: HeadersInit = {},
): Response {
  const out = new Headers(headers);
  out.set("content-type", "application/json; charset=utf-8");
  out.set("cache-control", "no-store");
  return new Response(JSON.stringify({ error_code: code, error_msg: message }), { status, headers: out });
}
