import type { Authenticator } from "./auth.js";
import { correctedOffset, isExpiredRejection, type Clock } from "./clock-skew.js";
import { HuaweiCloudError, HuaweiCloudNetworkError, HuaweiCloudTimeoutError } from "./errors.js";
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
import { AttemptTimedOut, type Sender, type WireAnswer } from "./wire.js";

export interface TransportSettings {
  send: Sender;
  auth: Authenticator;
  clock: Clock;
  maxRetries: number;
  timeout: number;
  backoff: BackoffOptions;
  maxResponseBytes: number;
}

/** A request as the client built it, before authentication. Header names are lower-case. */
export interface OutgoingCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | undefined;
  signals: readonly AbortSignal[];
  credentials?: RequestCredentials | undefined;
}

/** Per call: the client's limits overridden, and optionally a sender of its own (a per-call fetch). */
export interface DeliveryOptions {
  maxRetries?: number | undefined;
  timeout?: number | undefined;
  maxResponseBytes?: number | undefined;
  send?: Sender | undefined;
}

/** The final answer with what it took to get it. */
export interface Delivered extends WireAnswer {
  /** The URL the final attempt went to (a same-origin redirect may have moved it). */
  readonly requestUrl: string;
  /** Attempts sent, the first included (redirect hops and the clock-skew re-send count too). */
  readonly attempts: number;
  /** Milliseconds spent waiting between attempts (backoff and Retry-After). */
  readonly retryDelayMs: number;
}

const CONTENT_HEADERS = ["content-type", "content-encoding", "content-language", "content-location"];
// A call without delivery options shares this one (nothing writes to it).
const NO_DELIVERY_OPTIONS: DeliveryOptions = Object.freeze({});

function firstAborted(signals: readonly AbortSignal[]): AbortSignal | undefined {
  return signals.find((signal) => signal.aborted);
}

/** Resolves after `ms`, or rejects with the abort error when a caller signal fires first. */
async function pause(ms: number, signals: readonly AbortSignal[], where: { method: string; url: string }) {
  const aborted = firstAborted(signals);
  if (aborted) throw abortError(aborted, where);
  if (signals.length === 0) return sleep(ms);
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signals.forEach((s) => s.addEventListener("abort", onAbort, { once: true }));
  try {
    await sleep(ms, controller.signal);
  } catch {
    throw abortError(firstAborted(signals) ?? controller.signal, where);
  } finally {
    signals.forEach((s) => s.removeEventListener("abort", onAbort));
  }
}

/**
 * The request loop shared by operation methods and raw openapi-fetch calls, whichever sender carries the
 * bytes (node:http in Node, fetch elsewhere): every attempt is authenticated anew (fresh X-Sdk-Date from the
 * skew-corrected clock), has its own timeout covering the body, and is retried with backoff on network
 * errors, timeouts, 429 and 5xx (idempotent methods), honouring Retry-After. An "expired" rejection corrects
 * the clock offset and is re-sent once. Answers are never read past `maxResponseBytes`. Redirects are never
 * followed by the sender (it would re-send X-Auth-Token and X-Security-Token to any host): a cross-origin one
 * is refused, a same-origin one is re-authenticated.
 */
export function createTransport(settings: TransportSettings) {
  return async function deliver(
    outgoing: OutgoingCall,
    call: DeliveryOptions = NO_DELIVERY_OPTIONS,
  ): Promise<Delivered> {
    const send = call.send ?? settings.send;
    const signals = outgoing.signals;
    let method = outgoing.method;
    let url = outgoing.url;
    let body = outgoing.body;
    let requestHeaders = outgoing.headers;
    let where = { method, url };
    const maxRetries = Math.max(0, call.maxRetries ?? settings.maxRetries);
    const timeout = call.timeout ?? settings.timeout;
    const maxResponseBytes = call.maxResponseBytes ?? settings.maxResponseBytes;
    let retry = isIdempotent(method);
    let retries = 0;
    let redirects = 0;
    let attempts = 0;
    let retryDelayMs = 0;
    let skewCorrected = false;

    const wait = async (ms: number) => {
      await pause(ms, signals, where);
      retryDelayMs += ms;
      retries++;
    };

    for (;;) {
      const aborted = firstAborted(signals);
      if (aborted) throw abortError(aborted, where);
      const authenticated = settings.auth.apply(
        { method, url, headers: requestHeaders, body },
        settings.clock.now(),
      );
      // Signing with node:crypto is synchronous: no promise to wait for then.
      const headers = authenticated instanceof Promise ? await authenticated : authenticated;
      attempts++;
      let answer: WireAnswer;
      try {
        answer = await send({
          method,
          url,
          headers,
          body,
          signals,
          timeout,
          maxResponseBytes,
          credentials: outgoing.credentials,
        });
      } catch (error) {
        // Ours (the size cap) are final; only a lost answer is retried.
        if (error instanceof HuaweiCloudError) throw error;
        const abortedNow = firstAborted(signals);
        if (abortedNow) throw abortError(abortedNow, where);
        const label = `${method} ${url.split("?")[0]}`;
        const attemptNote = `(attempt ${retries + 1} of ${maxRetries + 1})`;
        const cause = error instanceof AttemptTimedOut ? (error.cause ?? error) : error;
        const failure =
          error instanceof AttemptTimedOut
            ? new HuaweiCloudTimeoutError(`${label} timed out after ${timeout} ms ${attemptNote}.`, {
                ...where,
                cause,
              })
            : new HuaweiCloudNetworkError(
                `${label} failed before an answer arrived ${attemptNote}: ${(error as Error)?.message ?? error}. ` +
                  "Check the endpoint, DNS and network; in a browser a CORS refusal also ends here " +
                  "(call the service through @hwcloud/proxy).",
                { ...where, cause },
              );
        if (retry && retries < maxRetries) {
          await wait(backoffDelay(retries, settings.backoff));
          continue;
        }
        throw failure;
      }

      const hop = nextHop(answer, where, redirects);
      if (hop !== undefined) {
        // Re-authenticated on the next turn of the loop, for the new URL; retries are counted apart.
        redirects++;
        url = hop.url;
        method = hop.method;
        if (hop.dropBody) {
          body = undefined;
          requestHeaders = { ...requestHeaders };
          for (const name of CONTENT_HEADERS) delete requestHeaders[name];
        }
        retry = isIdempotent(method);
        where = { method, url };
        continue;
      }

      if (settings.auth.mode === "aksk" && !skewCorrected && answer.status >= 400) {
        const text = new TextDecoder().decode(answer.body);
        if (isExpiredRejection(answer.status, text)) {
          const offset = correctedOffset(answer.headers, text, settings.clock.offsetMs, Date.now());
          if (offset !== undefined) {
            settings.clock.offsetMs = offset;
            skewCorrected = true;
            continue;
          }
        }
      }
      if (isRetryableStatus(answer.status, method) && retries < maxRetries) {
        await wait(parseRetryAfter(answer.headers) ?? backoffDelay(retries, settings.backoff));
        continue;
      }
      // Spelled out rather than spread: one object shape for every answer, whichever sender read it.
      return {
        status: answer.status,
        statusText: answer.statusText,
        headers: answer.headers,
        url: answer.url,
        redirected: answer.redirected,
        type: answer.type,
        body: answer.body,
        requestUrl: url,
        attempts,
        retryDelayMs,
      };
    }
  };
}

export type Deliver = ReturnType<typeof createTransport>;
