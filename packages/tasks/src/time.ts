/**
 * Reads the time formats the four services write, strictly (anything else is undefined, never a guess):
 * - ISO 8601 with `Z` or an offset written `+hh:mm` or `+hhmm`, with or without fractions (DCS, Kafka, GaussDB);
 * - epoch milliseconds, as a number or a 13-digit string (DCS ShowJobInfo);
 * - `yyyy-MM-dd HH:mm:ss` (or with `T`) and no zone (DWS): read at `zonelessOffset`, "+00:00" unless told.
 */
export function parseTaskTime(value: unknown, zonelessOffset = "+00:00"): Date | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? validDate(value) : undefined;
  if (typeof value !== "string") return undefined;
  if (/^\d{13}$/.test(value)) return validDate(Number(value));
  const match = ISO.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = "", zone] = match;
  const offset = zone === undefined ? zonelessOffset : zone;
  const offsetMinutes = offsetToMinutes(offset);
  if (offsetMinutes === undefined) return undefined;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = fields;
  const local = Date.UTC(y, mo - 1, d, h, mi, s, Number(fraction.padEnd(3, "0").slice(0, 3)));
  // Date.UTC rolls 2024-02-31 over to March; a time that does not exist is not a time.
  const check = new Date(local);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
    return undefined;
  return validDate(local - offsetMinutes * 60_000);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;

/** Minutes east of UTC for "Z", "+08:00", "+0800", "-05:30"; undefined for anything else. */
export function offsetToMinutes(offset: string): number | undefined {
  if (offset === "Z") return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (hours > 14 || minutes > 59) return undefined;
  return (match[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

function validDate(ms: number): Date | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
