import { TaskOptionsError } from "./errors.js";

/** A point in time given as a Date or epoch milliseconds; undefined stays undefined. */
export function readInstant(option: string, value: unknown): Date | undefined {
  if (value === undefined) return undefined;
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Number.NaN;
  if (!(value instanceof Date) && typeof value !== "number")
    throw new TaskOptionsError(option, `must be a Date or epoch milliseconds, got ${describe(value)}.`);
  if (!Number.isFinite(ms))
    throw new TaskOptionsError(option, `must be a valid time, got ${describe(value)}.`);
  return new Date(ms);
}

/** A whole number of milliseconds within [min, max]; the default when undefined. */
export function readMilliseconds(
  option: string,
  value: unknown,
  bounds: { min: number; max: number; fallback: number },
): number {
  if (value === undefined) return bounds.fallback;
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new TaskOptionsError(option, `must be a number of milliseconds, got ${describe(value)}.`);
  if (value < bounds.min || value > bounds.max)
    throw new TaskOptionsError(option, `must be between ${bounds.min} and ${bounds.max} ms, got ${value}.`);
  return Math.round(value);
}

/** A positive whole number up to `max`; the default when undefined. */
export function readCount(option: string, value: unknown, bounds: { max: number; fallback: number }): number {
  if (value === undefined) return bounds.fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > bounds.max)
    throw new TaskOptionsError(
      option,
      `must be a whole number from 1 to ${bounds.max}, got ${describe(value)}.`,
    );
  return value;
}

/** A non-empty list of distinct non-empty strings (cluster or instance ids). */
export function readIdList(option: string, value: unknown, max: number): string[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new TaskOptionsError(option, `must be a non-empty array of ids, got ${describe(value)}.`);
  if (value.length > max)
    throw new TaskOptionsError(option, `may hold at most ${max} ids, got ${value.length}.`);
  value.forEach((id, index) => {
    if (typeof id !== "string" || id.trim() === "")
      throw new TaskOptionsError(`${option}[${index}]`, `must be a non-empty string, got ${describe(id)}.`);
  });
  return [...new Set(value as string[])];
}

export function readSignal(option: string, value: unknown): AbortSignal | undefined {
  if (value === undefined) return undefined;
  if (!(value instanceof AbortSignal))
    throw new TaskOptionsError(option, `must be an AbortSignal, got ${describe(value)}.`);
  return value;
}

export function describe(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || value == null) return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (Array.isArray(value)) return "an array";
  return typeof value === "function" ? "a function" : "an object";
}
