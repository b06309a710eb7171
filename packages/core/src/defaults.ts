// The values the request path reads are constants of their own (each documented at its DEFAULTS member
// below), so a bundle of operation calls carries those numbers and not the DEFAULTS object with its waiter
// and paging members.

export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_RETRY_DELAY = { baseMs: 500, maxMs: 8_000 } as const;
export const MAX_RETRY_AFTER_MS = 60_000;
export const REFRESH_BEFORE_EXPIRY_MS = 5 * 60_000;
export const MIN_CLOCK_CORRECTION_MS = 5_000;
export const MAX_LEARNED_CLOCK_OFFSET_MS = 24 * 60 * 60_000;
export const MAX_REDIRECTS = 5;
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** Every default of the runtime in one place (the README's table mirrors this). */
export const DEFAULTS = {
  /** Retries after the first attempt. */
  maxRetries: DEFAULT_MAX_RETRIES,
  /** Per-attempt timeout, milliseconds. */
  timeout: DEFAULT_TIMEOUT_MS,
  /** Backoff: first retry waits about baseMs, doubling up to maxMs, minus up to 25% jitter. */
  retryDelay: DEFAULT_RETRY_DELAY,
  /** Longest Retry-After honoured; longer ones fall back to the backoff. */
  maxRetryAfterMs: MAX_RETRY_AFTER_MS,
  /** Waiters: total wait, first poll interval, growth per poll and the interval cap. */
  wait: {
    maxWaitTime: 600_000,
    /** @deprecated The old name of `maxWaitTime`, kept until the next minor release. */
    timeout: 600_000,
    interval: 2_000,
    growth: 1.5,
    maxInterval: 30_000,
  },
  /** Provider credentials are re-fetched this long before their expiresAt. */
  refreshBeforeExpiryMs: REFRESH_BEFORE_EXPIRY_MS,
  /** Smallest clock correction applied after an "expired" rejection. */
  minClockCorrectionMs: MIN_CLOCK_CORRECTION_MS,
  /**
   * Largest clock offset learned from a server's answer (24 hours). An answer can claim any time; without a
   * bound one hostile Date header would date every later signature decades away. Within the bound a
   * signature can be dated at most this far from the real time, and the gateway still refuses it outside
   * its own 15-minute window. A clock further off must be fixed, or set with clockOffsetMs.
   */
  maxLearnedClockOffsetMs: MAX_LEARNED_CLOCK_OFFSET_MS,
  /** Same-origin redirects followed (each re-signed); a cross-origin one is never followed. */
  maxRedirects: MAX_REDIRECTS,
  /** Largest answer body read, in bytes after decompression (64 MiB). */
  maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
  /** Paginators: the page cap, and how many recent pages are compared to spot a service ignoring the offset. */
  paging: { maxPages: 1_000, recentPages: 3 },
  /** Waiters: the shortest delay between polls; a smaller interval is raised to it. */
  minWaitInterval: 100,
} as const;
