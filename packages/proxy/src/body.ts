import type { AllowedOperation } from "./allowlist.js";

export type BodyOutcome = Uint8Array<ArrayBuffer> | "too-large" | "timeout";

/**
 * Reads a web request body up to `limit` bytes and within `timeoutMs`: "too-large" as soon as it would pass
 * the limit, "timeout" when a slow sender has not finished in time (the stream is cancelled either way).
 */
export async function readBodyWithin(
  request: Request,
  limit: number,
  timeoutMs: number,
): Promise<BodyOutcome> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    reader.cancel().catch(() => undefined);
  }, timeoutMs);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (timedOut) return "timeout";
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return "too-large";
      }
      chunks.push(value);
    }
  } catch (error) {
    if (timedOut) return "timeout";
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return concat(chunks, size);
}

export function concat(chunks: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** What is wrong with a body for the operation (none, required, media type), or undefined when it fits. */
export function checkBody(
  operation: AllowedOperation,
  body: Uint8Array,
  contentType: string | null,
): string | undefined {
  const spec = operation.requestBody;
  if (spec === undefined)
    return body.byteLength > 0 ? `${operation.operationId} takes no request body` : undefined;
  if (body.byteLength === 0)
    return spec.required ? `${operation.operationId} needs a request body` : undefined;
  const mediaType = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (!spec.contentTypes.includes(mediaType)) {
    return `content-type must be one of ${spec.contentTypes.join(", ")}`;
  }
  return undefined;
}
