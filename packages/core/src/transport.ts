import type { Authenticator } from "./auth.js";
import { correctedOffset, isExpiredRejection, type Clock } from "./clock-skew.js";
import { HuaweiCloudNetworkError, HuaweiCloudTimeoutError } from "./errors.js";
import {
  abortError,
  backoffDelay,
  isIdempotent,
  isRetryableStatus,
  parseRetryAfter,
  sleep,
  type BackoffOptions,
} from "./retry.js";
import type { RequestOptions } from "./types.js";

export interface TransportSettings {
  fetch: typeof fetch;
  auth: Authenticator;
  clock: Clock;
  maxRetries: number;
  timeout: number;
  backoff: BackoffOptions;
}

const NULL_BODY_STATUS = new Set([204, 205, 304]);

/** One attempt's signal: aborts on any caller signal or when the timeout elapses. */
function attemptSignal(callerSignals: AbortSignal[], timeout: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  const timer =
    timeout > 0 && Number.isFinite(timeout)
      ? setTimeout(() => {
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
      clearTimeout(timer);
      for (const signal of callerSignals) signal.removeEventListener("abort", onAbort);
    },
  };
}

/** Races `promise` against the caller's signals, so waits that ignore signals still end on abort. */
function firstAborted(signals: AbortSignal[]): AbortSignal | undefined {
  return signals.find((signal) => signal.aborted);
}

/**
 * The fetch that openapi-fetch calls, beneath its middleware: every attempt gets a fresh copy of the request,
 * authenticated anew (fresh X-Sdk-Date from the skew-corrected clock), a per-attempt timeout, and retries
 * with backoff on network errors, timeouts, 429 and 5xx (idempotent methods). An "expired" rejection
 * corrects the clock offset and is re-sent once. Answers are read fully, so the timeout covers the body.
 */
export function createTransport(settings: TransportSettings) {
  return (call: RequestOptions = {}): typeof fetch =>
    async (input, init) => {
      const original = input instanceof Request && init === undefined ? input : new Request(input, init);
      const method = original.method.toUpperCase();
      const url = original.url;
      const where = { method, url };
      const raw =
        method === "GET" || method === "HEAD" ? undefined : new Uint8Array(await original.arrayBuffer());
      const body = raw && raw.byteLength > 0 ? raw : undefined;
      const callerSignals = [original.signal, call.signal].filter((s): s is AbortSignal => s !== undefined);
      const maxRetries = Math.max(0, call.maxRetries ?? settings.maxRetries);
      const timeout = call.timeout ?? settings.timeout;
      const retry = isIdempotent(method);
      let retries = 0;
      let skewCorrected = false;

      const pause = async (ms: number) => {
        const controller = new AbortController();
        const aborted = firstAborted(callerSignals);
        if (aborted) throw abortError(aborted, where);
        const onAbort = () => controller.abort();
        callerSignals.forEach((s) => s.addEventListener("abort", onAbort, { once: true }));
        try {
          await sleep(ms, controller.signal);
        } catch {
          throw abortError(firstAborted(callerSignals) ?? controller.signal, where);
        } finally {
          callerSignals.forEach((s) => s.removeEventListener("abort", onAbort));
        }
      };

      for (;;) {
        const aborted = firstAborted(callerSignals);
        if (aborted) throw abortError(aborted, where);
        const headers = await settings.auth.apply(
          { method, url, headers: original.headers, body },
          settings.clock.now(),
        );
        const attempt = attemptSignal(callerSignals, timeout);
        let response: Response;
        let bytes: ArrayBuffer;
        try {
          // (url, init) rather than a Request: fetch builds its own Request either way, and a
          // Request of ours would be a second, costly copy.
          response = await settings.fetch(url, {
            method,
            headers,
            body: body ?? null,
            signal: attempt.signal,
            redirect: original.redirect,
            // Some edge runtimes reject the credentials field; only a caller's explicit choice is copied.
            ...(original.credentials && original.credentials !== "same-origin"
              ? { credentials: original.credentials }
              : {}),
          });
          bytes = await response.arrayBuffer();
        } catch (error) {
          attempt.dispose();
          const abortedNow = firstAborted(callerSignals);
          if (abortedNow) throw abortError(abortedNow, where);
          const label = `${method} ${url.split("?")[0]}`;
          const attemptNote = `(attempt ${retries + 1} of ${maxRetries + 1})`;
          const failure = attempt.timedOut()
            ? new HuaweiCloudTimeoutError(`${label} timed out after ${timeout} ms ${attemptNote}.`, {
                ...where,
                cause: error,
              })
            : new HuaweiCloudNetworkError(
                `${label} failed before an answer arrived ${attemptNote}: ${(error as Error)?.message ?? error}. ` +
                  "Check the endpoint, DNS and network; in a browser a CORS refusal also ends here " +
                  "(call the service through @hwcloud/proxy).",
                { ...where, cause: error },
              );
          if (retry && retries < maxRetries) {
            await pause(backoffDelay(retries, settings.backoff));
            retries++;
            continue;
          }
          throw failure;
        }
        attempt.dispose();

        if (settings.auth.mode === "aksk" && !skewCorrected && response.status >= 400) {
          const text = new TextDecoder().decode(bytes);
          if (isExpiredRejection(response.status, text)) {
            const offset = correctedOffset(response.headers, text, settings.clock.offsetMs, Date.now());
            if (offset !== undefined) {
              settings.clock.offsetMs = offset;
              skewCorrected = true;
              continue;
            }
          }
        }
        if (isRetryableStatus(response.status, method) && retries < maxRetries) {
          await pause(parseRetryAfter(response.headers) ?? backoffDelay(retries, settings.backoff));
          retries++;
          continue;
        }
        return new Response(NULL_BODY_STATUS.has(response.status) ? null : bytes, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
      }
    };
}
