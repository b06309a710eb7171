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
  refreshBeforeExpiryMs: 5 * 60_000,
  /** Smallest clock correction applied after an "expired" rejection. */
  minClockCorrectionMs: 5_000,
  /**
   * Largest clock offset learned from a server's answer (24 hours). An answer can claim any time; without a
   * bound one hostile Date header would date every later signature decades away. Within the bound a
   * signature can be dated at most this far from the real time, and the gateway still refuses it outside
   * its own 15-minute window. A clock further off must be fixed, or set with clockOffsetMs.
   */
  maxLearnedClockOffsetMs: 24 * 60 * 60_000,
  /** Same-origin redirects followed (each re-signed); a cross-origin one is never followed. */
  maxRedirects: 5,
  /** Largest answer body read, in bytes after decompression (64 MiB). */
  maxResponseBytes: 64 * 1024 * 1024,
  /** Paginators: the page cap, and how many recent pages are compared to spot a service ignoring the offset. */
  paging: { maxPages: 1_000, recentPages: 3 },
  /** Waiters: the shortest delay between polls; a smaller interval is raised to it. */
  minWaitInterval: 100,
} as const;
