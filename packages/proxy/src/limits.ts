import { HuaweiCloudConfigError } from "@hwcloud/core";

/** The proxy's own bounds on a request: body size, and how long each wait may take. */
export interface ProxyLimits {
  readonly maxBodyBytes: number;
  readonly bodyTimeoutMs: number;
  readonly upstreamTimeoutMs: number;
  readonly credentialsTimeoutMs: number;
}

export const DEFAULT_LIMITS: ProxyLimits = {
  maxBodyBytes: 1024 * 1024,
  bodyTimeoutMs: 10_000,
  upstreamTimeoutMs: 30_000,
  credentialsTimeoutMs: 10_000,
};

// setTimeout fires at once for delays above 2^31-1 ms, which would turn a generous limit into none.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Every numeric option, checked when it is given: a value that is not a whole number in range (NaN,
 * Infinity, a negative, a numeric string) would switch a limit off or fire it at once, so it is refused
 * at creation with an error naming the option.
 */
export function resolveLimits(options: { readonly [K in keyof ProxyLimits]?: unknown }): ProxyLimits {
  return {
    maxBodyBytes: whole("maxBodyBytes", options.maxBodyBytes, DEFAULT_LIMITS.maxBodyBytes, 0, 2 ** 53 - 1),
    bodyTimeoutMs: whole(
      "bodyTimeoutMs",
      options.bodyTimeoutMs,
      DEFAULT_LIMITS.bodyTimeoutMs,
      1,
      MAX_TIMER_MS,
    ),
    upstreamTimeoutMs: whole(
      "upstreamTimeoutMs",
      options.upstreamTimeoutMs,
      DEFAULT_LIMITS.upstreamTimeoutMs,
      1,
      MAX_TIMER_MS,
    ),
    credentialsTimeoutMs: whole(
      "credentialsTimeoutMs",
      options.credentialsTimeoutMs,
      DEFAULT_LIMITS.credentialsTimeoutMs,
      1,
      MAX_TIMER_MS,
    ),
  };
}

function whole(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) return value;
  const got = typeof value === "number" ? String(value) : `a value of type ${typeof value}`;
  throw new HuaweiCloudConfigError(
    `createSigningProxy: ${name} must be a whole number from ${min} to ${max}, got ${got}.`,
  );
}
