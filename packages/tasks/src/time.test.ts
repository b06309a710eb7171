import { describe, expect, test } from "vitest";
import { parseTaskTime } from "./time.js";

describe("parseTaskTime reads each service's format at the right zone", () => {
  test.each([
    [
      "DCS and Kafka: ISO 8601 with Z and milliseconds",
      "2023-06-17T08:18:06.597Z",
      "2023-06-17T08:18:06.597Z",
    ],
    ["GaussDB: +0000 offset without a colon", "2018-08-06T10:41:14+0000", "2018-08-06T10:41:14.000Z"],
    [
      "GaussDB: +0800 offset moves the instant 8 hours back",
      "2018-08-06T10:41:14+0800",
      "2018-08-06T02:41:14.000Z",
    ],
    ["an offset with a colon", "2018-08-06T10:41:14-05:30", "2018-08-06T16:11:14.000Z"],
    ["DCS ShowJobInfo: epoch milliseconds in a string", "1684191545379", "2023-05-15T22:59:05.379Z"],
    ["epoch milliseconds as a number", 1684191545379, "2023-05-15T22:59:05.379Z"],
    [
      "DWS: zone-less yyyy-MM-dd HH:mm:ss is UTC by default",
      "2023-06-05 01:58:43",
      "2023-06-05T01:58:43.000Z",
    ],
  ])("%s", (_, value, want) => {
    expect(parseTaskTime(value)?.toISOString()).toBe(want);
  });

  test("a zone-less time is read at the offset given for it", () => {
    expect(parseTaskTime("2023-06-05 09:58:43", "+08:00")?.toISOString()).toBe("2023-06-05T01:58:43.000Z");
    expect(parseTaskTime("2023-06-05 01:58:43", "-0100")?.toISOString()).toBe("2023-06-05T02:58:43.000Z");
  });

  test("a time that carries its zone ignores the zone-less offset", () => {
    expect(parseTaskTime("2023-06-05T01:58:43Z", "+08:00")?.toISOString()).toBe("2023-06-05T01:58:43.000Z");
  });

  test.each([
    ["empty", ""],
    ["null", null],
    ["a date without a time", "2023-06-05"],
    ["February 31st", "2023-02-31 10:00:00"],
    ["hour 24", "2023-06-05 24:00:00"],
    ["an offset beyond 14 hours", "2023-06-05T01:58:43+1500"],
    ["free text", "yesterday"],
    ["NaN", Number.NaN],
    ["14 digits (a query format, not a body one)", "20230605015843"],
  ])("%s is not a time (undefined, no throw)", (_, value) => {
    expect(parseTaskTime(value)).toBeUndefined();
  });
});
