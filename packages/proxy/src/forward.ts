import { concat } from "./body.js";
import { JSON_HEADERS } from "./errors.js";
import type { ProxyCore, Routed, Signed } from "./proxy-core.js";
import { cloudErrorBody, MAX_ERROR_BODY_BYTES, pickResponseHeaders } from "./upstream-answer.js";

/**
 * Sends a signed request with fetch and hands the cloud's answer to the page: allowed headers only, an error
 * body rewritten by cloudErrorBody, a success body streamed with an idle limit. The call to the cloud ends
 * when the page goes away (`pageSignal`), or when the cloud stays silent for upstreamTimeoutMs.
 */
export async function forwardWithFetch(
  core: ProxyCore,
  fetchUpstream: typeof fetch,
  routed: Routed,
  signed: Signed,
  body: Uint8Array<ArrayBuffer> | undefined,
  pageSignal: AbortSignal,
): Promise<Response> {
  const controller = new AbortController();
  const pageGone = () => controller.abort(pageSignal.reason);
  if (pageSignal.aborted) pageGone();
  else pageSignal.addEventListener("abort", pageGone, { once: true });
  const idleMs = core.limits.upstreamTimeoutMs;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, idleMs);

  const init: RequestInit = {
    method: routed.operation.method,
    headers: signed.headers,
    redirect: "manual",
    signal: controller.signal,
  };
  if (body !== undefined) init.body = body;
  let upstream: Response;
  try {
    upstream = await fetchUpstream(routed.upstreamUrl, init);
  } catch (error) {
    clearTimeout(timer);
    if (pageSignal.aborted) throw error;
    return answer(timedOut ? core.upstreamTimedOut(routed) : core.upstreamFailed(routed));
  }
  clearTimeout(timer);
  const headers = pickResponseHeaders(
    (name) => upstream.headers.get(name),
    routed.responseHeaders,
    routed.cors,
  );
  if (upstream.status >= 400) {
    const text = await readErrorText(upstream, idleMs);
    const rewritten = cloudErrorBody(
      upstream.status,
      text,
      upstream.headers.get("x-request-id"),
      signed.secrets,
    );
    return new Response(rewritten, { status: upstream.status, headers: { ...headers, ...JSON_HEADERS } });
  }
  const stream =
    upstream.body === null ? null : withIdleLimit(upstream.body, idleMs, () => controller.abort());
  return new Response(stream, { status: upstream.status, statusText: upstream.statusText, headers });
}

function answer(a: { status: number; headers: Record<string, string>; body: string | null }): Response {
  return new Response(a.body, { status: a.status, headers: a.headers });
}

/** Up to MAX_ERROR_BODY_BYTES of an error body, within the idle limit; what does not arrive is left out. */
async function readErrorText(upstream: Response, idleMs: number): Promise<string> {
  if (upstream.body === null) return "";
  const reader = upstream.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const timer = setTimeout(() => reader.cancel().catch(() => undefined), idleMs);
  try {
    while (size < MAX_ERROR_BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // A broken or cancelled error body still gets the proxy's own error answer.
  } finally {
    clearTimeout(timer);
    reader.cancel().catch(() => undefined);
  }
  return new TextDecoder().decode(concat(chunks, size).subarray(0, MAX_ERROR_BODY_BYTES));
}

/** The body as a stream that errors (and stops the upstream call) when no chunk arrives for `idleMs`. */
function withIdleLimit(
  body: ReadableStream<Uint8Array>,
  idleMs: number,
  stopUpstream: () => void,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const timer = setTimeout(() => {
        stopUpstream();
        controller.error(new Error(`the cloud sent nothing for ${idleMs} ms`));
      }, idleMs);
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        try {
          controller.error(error);
        } catch {
          // Already errored by the idle timer.
        }
      } finally {
        clearTimeout(timer);
      }
    },
    cancel(reason) {
      stopUpstream();
      return reader.cancel(reason);
    },
  });
}
