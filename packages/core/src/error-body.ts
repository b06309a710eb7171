export interface ParsedErrorBody {
  errorCode?: string;
  errorMsg?: string;
  errorExtMsg?: string;
  requestId?: string;
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

function pick(fields: Fields, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = text(fields[name]);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Reads the error shapes Huawei services send, as the official SDKs do: flat
 * `{ error_code, error_msg, error_ext_msg }`, `{ code, message }`, and nested `{ error: { code, message } }`
 * (or `{ error: { error_code, error_msg } }`). Anything else, including non-JSON text, yields no fields.
 */
export function parseErrorBody(body: unknown): ParsedErrorBody {
  if (!isObject(body)) return {};
  const nested = isObject(body.error) ? body.error : undefined;
  const result: ParsedErrorBody = {};
  const errorCode =
    pick(body, "error_code", "errorCode", "code") ?? (nested && pick(nested, "code", "error_code"));
  const errorMsg =
    pick(body, "error_msg", "errorMsg", "message") ??
    (nested ? pick(nested, "message", "error_msg") : text(body.error));
  const errorExtMsg = pick(body, "error_ext_msg") ?? (nested && pick(nested, "error_ext_msg"));
  const requestId = pick(body, "request_id") ?? (nested && pick(nested, "request_id"));
  if (errorCode !== undefined) result.errorCode = errorCode;
  if (errorMsg !== undefined) result.errorMsg = errorMsg;
  if (errorExtMsg !== undefined) result.errorExtMsg = errorExtMsg;
  if (requestId !== undefined) result.requestId = requestId;
  return result;
}
