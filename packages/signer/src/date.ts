import { SignerError } from "./errors.js";

const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** X-Sdk-Date format: yyyyMMddTHHmmssZ in UTC, e.g. 20260102T030405Z. */
export function formatSdkDate(date: Date): string {
  const t = date.getTime();
  if (!Number.isFinite(t) || date.getUTCFullYear() > 9999 || date.getUTCFullYear() < 0) {
    throw new SignerError("invalid_date", "date must be a valid Date between years 0 and 9999");
  }
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** Parses an X-Sdk-Date value; returns undefined when it is not in the exact format. */
export function parseSdkDate(value: string): Date | undefined {
  const m = SDK_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const date = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!));
  return formatSdkDate(date) === value ? date : undefined;
}
