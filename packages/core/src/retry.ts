import { MAX_RETRY_AFTER_MS } from "./defaults.js";
import { HuaweiCloudAbortError } from "./errors.js";
import { setLongTimeout } from "./long-timer.js";

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);

/** Methods that may be repeated after a lost answer or a 5xx without changing the outcome. */
export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}

/**
 * 429 was refused before any work, so every method may retry it; 5xx (and 408) only when idempotent.
 * 501 Not Implemented will not change on retry.
 */
export function isRetryableStatus(status: number, method: string): boolean {
  if (status === 429) return true;
  if (status === 408 || (status >= 500 && status !== 501)) return isIdempotent(method);
  return false;
}

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/** Retry-After as milliseconds (delta-seconds or an HTTP date), or undefined when absent or unusable. */
export function parseRetryAfter(headers: Pick<Headers, "get">, now = Date.now()): number | undefined {
  const value = headers.get("retry-after");
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_RETRY_AFTER_MS) return undefined;
  return ms;
}

/** Exponential backoff with jitter: attempt 0 waits about baseMs, doubling up to maxMs, minus up to 25%. */
export function backoffDelay(
  retry: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(options.baseMs * 2 ** retry, options.maxMs);
  return Math.round(exponential * (1 - 0.25 * random()));
}

/**
 * Resolves after `ms` (any length: a backoff or interval above 24.8 days is waited in full, not cut to 1 ms as
 * setTimeout would), or rejects with HuaweiCloudAbortError when the signal fires first.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      cancelTimer();
      reject(abortError(signal!));
    };
    const cancelTimer = setLongTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export function abortError(signal: AbortSignal, details: { method?: string; url?: string } = {}) {
  return new HuaweiCloudAbortError("The request was aborted by the caller's AbortSignal.", {
    ...details,
    cause: signal.reason,
  });
}
