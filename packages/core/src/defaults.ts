/** Every default of the runtime in one place (the README's table mirrors this). */
export const DEFAULTS = {
  /** Retries after the first attempt. */
  maxRetries: 2,
  /** Per-attempt timeout, milliseconds. */
  timeout: 60_000,
  /** Backoff: first retry waits about baseMs, doubling up to maxMs, minus up to 25% jitter. */
  retryDelay: { baseMs: 500, maxMs: 8_000 },
  /** Longest Retry-After honoured; longer ones fall back to the backoff. */
  maxRetryAfterMs: 60_000,
  /** Waiters: deadline, first poll interval, growth per poll and the interval cap. */
  wait: { timeout: 600_000, interval: 2_000, growth: 1.5, maxInterval: 30_000 },
  /** Provider credentials are re-fetched this long before their expiresAt. */
  refreshBeforeExpiryMs: 5 * 60_000,
  /** Smallest clock correction applied after an "expired" rejection. */
  minClockCorrectionMs: 5_000,
} as const;
