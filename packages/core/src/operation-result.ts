import type { OperationDescriptor } from "./descriptor.js";
import { HuaweiCloudError } from "./errors.js";
import type { Delivered } from "./transport.js";
import type { OperationPromise, ResponseMetadata } from "./types.js";

const utf8 = new TextDecoder();

/** The typed 2xx body: JSON, or undefined for an answer that has none (204, HEAD, Content-Length 0). */
export function successBody(op: OperationDescriptor, answer: Delivered): unknown {
  if (answer.status === 204 || op.method === "HEAD" || answer.headers.get("content-length") === "0") {
    return undefined;
  }
  try {
    return JSON.parse(utf8.decode(answer.body));
  } catch (cause) {
    throw new HuaweiCloudError(`${op.operationId}: the success answer could not be parsed as JSON.`, {
      operation: op.operationId,
      method: op.method,
      url: answer.requestUrl,
      status: answer.status,
      cause,
    });
  }
}

/** An error answer's body: parsed JSON, or the raw text (an HTML 502 page) when it is not JSON. */
export function errorBodyOf(bytes: Uint8Array): unknown {
  const text = utf8.decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** What an answer's metadata is made of (a middleware that answers by itself gives no Delivered). */
export type MetadataSource = Pick<Delivered, "status" | "headers" | "attempts" | "retryDelayMs">;

export function metadataOf(answer: MetadataSource): ResponseMetadata {
  return {
    status: answer.status,
    headers: answer.headers.all(),
    requestId: answer.headers.get("x-request-id") ?? undefined,
    attempts: answer.attempts,
    retryDelayMs: answer.retryDelayMs,
  };
}

/**
 * Resolves to the body; `withResponse()` to the body and its metadata, which is built only then (most calls
 * never ask, so they never build a Headers object).
 */
export function operationPromise<T>(full: Promise<{ data: T; answer: MetadataSource }>): OperationPromise<T> {
  const data = full.then((result) => result.data) as OperationPromise<T>;
  data.withResponse = () => {
    // The caller awaits the full result instead: the body-only promise must not report its rejection.
    data.catch(() => undefined);
    return full.then(({ data, answer }) => ({ data, response: metadataOf(answer) }));
  };
  return data;
}
