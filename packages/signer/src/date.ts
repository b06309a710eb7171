import { SignerError } from "./errors.js";

const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

// Requests signed within the same second share one X-Sdk-Date string.
let lastSecond = Number.NaN;
let lastFormatted = "";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** X-Sdk-Date format: yyyyMMddTHHmmssZ in UTC, e.g. 20260102T030405Z. */
export function formatSdkDate(date: Date): string {
  const second = Math.floor(date.getTime() / 1000);
  if (second === lastSecond) return lastFormatted;
  const year = date.getUTCFullYear();
  if (!Number.isFinite(second) || year > 9999 || year < 0) {
    throw new SignerError("invalid_date", "date must be a valid Date between years 0 and 9999");
  }
  const formatted =
    `${pad(year, 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
  lastSecond = second;
  lastFormatted = formatted;
  return formatted;
}

/** Parses an X-Sdk-Date value; returns undefined when it is not in the exact format. */
export function parseSdkDate(value: string): Date | undefined {
  const m = SDK_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const date = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!));
  return formatSdkDate(date) === value ? date : undefined;
}
