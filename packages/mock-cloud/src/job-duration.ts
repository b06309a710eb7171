/**
 * The longest `jobDurationMs` accepted: a day is longer than any test or demo waits, so a larger value is a
 * mistake (a timestamp, or a unit slip) that would otherwise leave jobs running for weeks without a word.
 */
export const MAX_JOB_DURATION_MS = 24 * 60 * 60_000;

/**
 * `jobDurationMs` as given, or a TypeError (not a number) or RangeError (negative, NaN, infinite, over a
 * day) naming the option as the caller spells it: `createMockCloud: jobDurationMs` or `--job-duration`.
 */
export function checkJobDurationMs(value: unknown, name: string): number {
  const rule = `${name} must be a number of milliseconds from 0 to ${MAX_JOB_DURATION_MS} (one day)`;
  if (typeof value !== "number") throw new TypeError(`${rule}, got ${shown(value)}`);
  if (!(value >= 0 && value <= MAX_JOB_DURATION_MS)) throw new RangeError(`${rule}, got ${value}`);
  return value;
}

/** A non-number as an error message shows it: a string quoted, a bigint with its n, objects by kind only. */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function") return "a function";
  if (typeof value === "object" && value !== null) return "an object";
  return String(value);
}
