import { timeFormatRegExp } from "@hwcloud-tools/spec-model";

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * Whether `text` is `date` (to the second, UTC) written in an `x-hwcloud-time-format` pattern: each token the
 * spec model's reading of the pattern finds holds the date's part. Independent of the client's formatter, so the
 * check does not compare the client with itself.
 */
export function writesTime(text: string, format: string, date: Date): boolean {
  const parts = timeFormatRegExp(format).exec(text)?.groups;
  if (parts === undefined) return false;
  const expected: Record<string, string> = {
    yyyy: pad(date.getUTCFullYear(), 4),
    MM: pad(date.getUTCMonth() + 1),
    dd: pad(date.getUTCDate()),
    HH: pad(date.getUTCHours()),
    mm: pad(date.getUTCMinutes()),
    ss: pad(date.getUTCSeconds()),
    Z: "+0000",
  };
  return Object.entries(parts).every(([token, value]) => value === expected[token]);
}
