import { describe, expect, it } from "vitest";
import { HuaweiCloudConfigError } from "./errors.js";
import { formatTime } from "./time-format.js";

const at = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 67));

describe("formatTime", () => {
  it.each([
    ["DCS / Kafka compact form", "yyyyMMddHHmmss", "20240102030405"],
    ["Kafka as its page writes it", "YYYYMMDDHHmmss", "20240102030405"],
    ["GaussDB ISO form with offset", "yyyy-MM-ddTHH:mm:ssZ", "2024-01-02T03:04:05+0000"],
    ["milliseconds", "HH:mm:ss.SSS", "03:04:05.067"],
    ["literal text", "date yyyy/MM/dd", "date 2024/01/02"],
  ])("formats %s", (_name, pattern, want) => {
    expect(formatTime(at, pattern)).toBe(want);
  });

  it("formats in UTC whatever the local zone", () => {
    expect(formatTime(new Date("2024-06-30T23:59:59-08:00"), "yyyyMMddHHmmss")).toBe("20240701075959");
  });

  it("refuses an invalid Date", () => {
    expect(() => formatTime(new Date("nope"), "yyyy")).toThrow(HuaweiCloudConfigError);
  });
});
