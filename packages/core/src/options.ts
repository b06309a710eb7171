import { HuaweiCloudConfigError } from "./errors.js";

/**
 * The one place option values are checked, so every option of the client, a call, a waiter or a paginator
 * follows the same rules: a value that is given must be a finite number in range (NaN, Infinity, negatives
 * and numeric strings are refused, never coerced), and the error names the option. Nothing is sent before
 * these checks pass.
 */
export interface NumberRule {
  /** Smallest accepted value (default 0). */
  min?: number;
  /** Whole numbers only. */
  integer?: boolean;
}

function describe(value: unknown): string {
  return typeof value === "number" ? String(value) : value === null ? "null" : `a ${typeof value}`;
}

/** Returns `value` when it is undefined or a number that follows `rule`; throws naming `name` otherwise. */
export function checkNumber(name: string, value: unknown, rule: NumberRule = {}): number | undefined {
  if (value === undefined) return undefined;
  const min = rule.min ?? 0;
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value < min ||
    (rule.integer === true && !Number.isInteger(value))
  ) {
    const what = rule.integer ? "integer" : "number";
    const range = min === 0 ? `a non-negative ${what}` : `a finite ${what} >= ${min}`;
    throw new HuaweiCloudConfigError(`${name} must be ${range}, got ${describe(value)}.`);
  }
  return value;
}

/** Option name -> its rule, for checking several options of one object at once. */
export type NumberRules = Readonly<Record<string, NumberRule>>;

/** checkNumber for each option `rules` names; `prefix` goes before each name in errors ("retryDelay."). */
export function checkNumbers(values: object | undefined, rules: NumberRules, prefix = ""): void {
  for (const name in rules) {
    checkNumber(prefix + name, (values as Record<string, unknown> | undefined)?.[name], rules[name]);
  }
}

/** Like checkNumber, for values that may be negative (an offset). */
export function checkFinite(name: string, value: unknown): number | undefined {
  return checkNumber(name, value, { min: Number.NEGATIVE_INFINITY });
}

/** A `signal` option must be an AbortSignal; anything else would fail later with a raw TypeError. */
export function checkSignal(name: string, value: unknown): AbortSignal | undefined {
  if (value === undefined) return undefined;
  if (typeof AbortSignal === "undefined" || !(value instanceof AbortSignal)) {
    throw new HuaweiCloudConfigError(`${name} must be an AbortSignal, got ${describe(value)}.`);
  }
  return value;
}

/** An object of options (or undefined); a string or number in its place is a mistake worth naming. */
export function checkObject(name: string, value: unknown): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new HuaweiCloudConfigError(`${name} must be an object, got ${describe(value)}.`);
  }
  return value as Record<string, unknown>;
}

// Header field values may hold visible ASCII, spaces, tabs and obs-text (RFC 9110 5.5); CR, LF and NUL
// would split or end the header, and fetch's own error would quote the value (a token, a project id).
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Throws naming the header, never echoing its value, when `value` cannot be sent as a header value. */
export function checkHeaderValue(name: string, value: string): string {
  if (!HEADER_VALUE.test(value)) {
    throw new HuaweiCloudConfigError(
      `${name} must not hold line breaks or control characters (value not shown).`,
    );
  }
  return value;
}

/** An HTTP field name (RFC 9110 token). */
export const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** A headers option: an object of header names to string values that can be sent as they are. */
export function checkHeaders(name: string, headers: unknown): void {
  const record = checkObject(name, headers);
  for (const [header, value] of Object.entries(record ?? {})) {
    if (!HEADER_NAME.test(header)) {
      throw new HuaweiCloudConfigError(`${name}: ${JSON.stringify(header)} is not a valid header name.`);
    }
    if (typeof value !== "string") throw new HuaweiCloudConfigError(`${name}.${header} must be a string.`);
    checkHeaderValue(`${name}.${header}`, value);
  }
}
