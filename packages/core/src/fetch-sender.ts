import { setLongTimeout } from "./long-timer.js";
import { readBodyCapped } from "./read-body.js";
import { AttemptTimedOut, hasDeadline, type AnswerHeaders, type Sender } from "./wire.js";

/** A fetch Response's Headers, already built by fetch, as AnswerHeaders. */
export function answerHeadersOf(headers: Headers): AnswerHeaders {
  return { get: (name) => headers.get(name), all: () => headers };
}

/**
 * One attempt's signal: aborts on any caller signal or when the timeout elapses. A long timer rather than
 * setTimeout or AbortSignal.timeout, which both end a timeout above 24.8 days after 1 ms.
 */
function attemptSignal(callerSignals: readonly AbortSignal[], timeout: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  const cancelTimer = hasDeadline(timeout)
    ? setLongTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeout)
    : undefined;
  for (const signal of callerSignals) {
    if (signal.aborted) controller.abort();
    else signal.addEventListener("abort", onAbort, { once: true });
  }
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      cancelTimer?.();
      for (const signal of callerSignals) signal.removeEventListener("abort", onAbort);
    },
  };
}

/**
 * Sends attempts with a fetch (browsers, Deno, Bun, workers, or a caller's own). Redirects are never left to
 * fetch: it would re-send X-Auth-Token and X-Security-Token to any host, so the transport decides each hop.
 */
export function fetchSender(fetchImpl: typeof fetch): Sender {
  return async (request) => {
    const attempt = attemptSignal(request.signals, request.timeout);
    try {
      // (url, init) rather than a Request: fetch builds its own Request either way.
      const init: RequestInit = {
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
        signal: attempt.signal,
        redirect: "manual",
      };
      // Some edge runtimes reject the credentials field; only a caller's explicit choice is copied.
      if (request.credentials && request.credentials !== "same-origin")
        init.credentials = request.credentials;
      const response = await fetchImpl(request.url, init);
      const body = await readBodyCapped(response, request.maxResponseBytes, request);
      return {
        status: response.status,
        statusText: response.statusText,
        headers: answerHeadersOf(response.headers),
        url: response.url,
        redirected: response.redirected,
        type: response.type,
        body,
      };
    } catch (error) {
      if (attempt.timedOut()) throw new AttemptTimedOut("timed out", { cause: error });
      throw error;
    } finally {
      attempt.dispose();
    }
  };
}
