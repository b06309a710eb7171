import type { Authenticator } from "./auth.js";
import { correctedOffset, isExpiredRejection, type Clock } from "./clock-skew.js";
import {
  HuaweiCloudNetworkError,
  HuaweiCloudResponseTooLargeError,
  HuaweiCloudTimeoutError,
} from "./errors.js";
import { readBodyCapped } from "./read-body.js";
import { nextHop } from "./redirect.js";
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
  maxResponseBytes: number;
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

/** A request that lost its body to a 303 (or a 301/302 after POST) loses the headers describing it, as in fetch. */
function withoutContentHeaders(headers: Headers): Headers {
  const copy = new Headers(headers);
  for (const name of ["content-type", "content-encoding", "content-language", "content-location"]) {
    copy.delete(name);
  }
  return copy;
}

/** Races `promise` against the caller's signals, so waits that ignore signals still end on abort. */
function firstAborted(signals: AbortSignal[]): AbortSignal | undefined {
  return signals.find((signal) => signal.aborted);
}

/**
 * The fetch that openapi-fetch calls, beneath its middleware: every attempt gets a fresh copy of the request,
 * authenticated anew (fresh X-Sdk-Date from the skew-corrected clock), a per-attempt timeout, and retries
 * with backoff on network errors, timeouts, 429 and 5xx (idempotent methods). An "expired" rejection
 * corrects the clock offset and is re-sent once. Answers are read fully, so the timeout covers the body, and
 * never past `maxResponseBytes`. Redirects are never left to fetch (it would re-send X-Auth-Token and
 * X-Security-Token to any host): a cross-origin one is refused, a same-origin one is re-authenticated.
 */
export function createTransport(settings: TransportSettings) {
  return (call: RequestOptions = {}): typeof fetch =>
    async (input, init) => {
      const original = input instanceof Request && init === undefined ? input : new Request(input, init);
      let method = original.method.toUpperCase();
      let url = original.url;
      let where = { method, url };
      const raw =
        method === "GET" || method === "HEAD" ? undefined : new Uint8Array(await original.arrayBuffer());
      let body = raw && raw.byteLength > 0 ? raw : undefined;
      let requestHeaders = original.headers;
      const callerSignals = [original.signal, call.signal].filter((s): s is AbortSignal => s !== undefined);
      const maxRetries = Math.max(0, call.maxRetries ?? settings.maxRetries);
      const timeout = call.timeout ?? settings.timeout;
      const maxResponseBytes = call.maxResponseBytes ?? settings.maxResponseBytes;
      let retry = isIdempotent(method);
      let retries = 0;
      let redirects = 0;
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
          { method, url, headers: requestHeaders, body },
          settings.clock.now(),
        );
        const attempt = attemptSignal(callerSignals, timeout);
        let response: Response;
        let bytes: Uint8Array<ArrayBuffer>;
        try {
          // (url, init) rather than a Request: fetch builds its own Request either way, and a
          // Request of ours would be a second, costly copy.
          response = await settings.fetch(url, {
            method,
            headers,
            body: body ?? null,
            signal: attempt.signal,
            redirect: "manual",
            // Some edge runtimes reject the credentials field; only a caller's explicit choice is copied.
            ...(original.credentials && original.credentials !== "same-origin"
              ? { credentials: original.credentials }
              : {}),
          });
          bytes = await readBodyCapped(response, maxResponseBytes, where);
        } catch (error) {
          attempt.dispose();
          if (error instanceof HuaweiCloudResponseTooLargeError) throw error;
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

        const hop = nextHop(response, where, redirects);
        if (hop !== undefined) {
          // Re-authenticated on the next turn of the loop, for the new URL; retries are counted apart.
          redirects++;
          url = hop.url;
          method = hop.method;
          if (hop.dropBody) {
            body = undefined;
            requestHeaders = withoutContentHeaders(requestHeaders);
          }
          retry = isIdempotent(method);
          where = { method, url };
          continue;
        }

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
