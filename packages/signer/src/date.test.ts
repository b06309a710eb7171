import { describe, expect, it } from "vitest";
import { formatSdkDate, parseSdkDate } from "./date.js";

describe("X-Sdk-Date", () => {
  it.each([
    ["the epoch", Date.UTC(1970, 0, 1), "19700101T000000Z"],
    ["a date with every field padded", Date.UTC(2026, 0, 2, 3, 4, 5), "20260102T030405Z"],
    ["milliseconds are dropped", Date.UTC(2026, 11, 31, 23, 59, 59, 999), "20261231T235959Z"],
    ["a year below 1000 is zero-padded", Date.UTC(999, 5, 6, 7, 8, 9), "09990606T070809Z"],
  ])("formats %s in UTC", (_, ms, want) => {
    expect(formatSdkDate(new Date(ms))).toBe(want);
    expect(parseSdkDate(want)?.getTime()).toBe(Math.floor(ms / 1000) * 1000);
  });

  it("formats two dates in the same second alike and a second apart differently", () => {
    expect(formatSdkDate(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 1)))).toBe("20260102T030405Z");
    expect(formatSdkDate(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 900)))).toBe("20260102T030405Z");
    expect(formatSdkDate(new Date(Date.UTC(2026, 0, 2, 3, 4, 6)))).toBe("20260102T030406Z");
  });

  it.each([
    "2026-01-02T03:04:05Z",
    "20260102T030405",
    "20261302T030405Z",
    "20260230T000000Z",
    "20260102t030405z",
  ])("does not parse %s", (value) => {
    expect(parseSdkDate(value)).toBeUndefined();
  });
});
