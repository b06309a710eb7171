import type { TimeFormat } from "./descriptor.js";
import { HuaweiCloudConfigError } from "./errors.js";

const TOKENS = /yyyy|YYYY|MM|dd|DD|HH|mm|ss|SSS|Z/g;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * Formats a Date in UTC with a pattern as the API docs write it: yyyy MM dd HH mm ss (YYYY and DD are read
 * as yyyy and dd, as some pages write them), SSS for milliseconds, Z for the offset "+0000"; every other
 * character is literal, e.g. "yyyy-MM-ddTHH:mm:ssZ" -> "2024-05-01T08:30:00+0000".
 */
export function formatTime(date: Date, pattern: TimeFormat): string {
  if (Number.isNaN(date.getTime())) throw new HuaweiCloudConfigError("Cannot format an invalid Date.");
  return pattern.replace(TOKENS, (token) => {
    switch (token) {
      case "yyyy":
      case "YYYY":
        return pad(date.getUTCFullYear(), 4);
      case "MM":
        return pad(date.getUTCMonth() + 1);
      case "dd":
      case "DD":
        return pad(date.getUTCDate());
      case "HH":
        return pad(date.getUTCHours());
      case "mm":
        return pad(date.getUTCMinutes());
      case "ss":
        return pad(date.getUTCSeconds());
      case "SSS":
        return pad(date.getUTCMilliseconds(), 3);
      default:
        return "+0000";
    }
  });
}
