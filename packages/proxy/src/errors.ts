/**
 * Refusals use the cloud's own error body shape ({ error_code, error_msg }), so a service client reports a
 * proxy refusal as a HuaweiCloudError just as it would a refusal from the cloud.
 */
export type ProxyErrorCode =
  | "PROXY.BAD_REQUEST_TARGET"
  | "PROXY.ORIGIN_NOT_ALLOWED"
  | "PROXY.UNKNOWN_OPERATION"
  | "PROXY.METHOD_NOT_ALLOWED"
  | "PROXY.METHOD_NOT_IMPLEMENTED"
  | "PROXY.BODY_TOO_LARGE"
  | "PROXY.BODY_TIMEOUT"
  | "PROXY.UNAUTHORIZED"
  | "PROXY.PROJECT_NOT_ALLOWED"
  | "PROXY.INVALID_PARAMETER"
  | "PROXY.NO_ENDPOINT"
  | "PROXY.CREDENTIALS_FAILED"
  | "PROXY.CREDENTIALS_TIMEOUT"
  | "PROXY.AUTHORIZE_FAILED"
  | "PROXY.UPSTREAM_FAILED"
  | "PROXY.UPSTREAM_TIMEOUT"
  | "PROXY.UPSTREAM_UNAUTHORIZED"
  | "PROXY.UPSTREAM_ERROR"
  | "PROXY.INTERNAL";

/** An answer the proxy writes itself, independent of the runtime that sends it. */
export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string | null;
}

export const JSON_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "cache-control": "no-store",
};

export function errorAnswer(
  status: number,
  code: ProxyErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Answer {
  return {
    status,
    headers: { ...headers, ...JSON_HEADERS },
    body: JSON.stringify({ error_code: code, error_msg: message }),
  };
}

export function toResponse(answer: Answer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
