import { describe, expect, it } from "vitest";
import { timeFormatRegExp } from "./time-format.js";

describe("timeFormatRegExp", () => {
  it.each([
    ["yyyyMMddHHmmss", "20200609160000", true],
    ["yyyyMMddHHmmss", "2020-06-09 16:00:00", false],
    ["yyyy-MM-ddTHH:mm:ssZ", "2018-08-06T10:41:14+0000", true],
    ["yyyy-MM-ddTHH:mm:ssZ", "2018-08-06T10:41:14Z", false],
  ])("%s %s matches: %s", (format, text, matches) => {
    expect(timeFormatRegExp(format).test(text)).toBe(matches);
  });

  it.each(["YYYYMMDDHHmmss", "yyyy-mm-dd hh:mm:ss"])(
    "rejects %s, which uses tokens outside the shared set",
    (format) => {
      expect(() => timeFormatRegExp(format)).toThrow(/unknown token/);
    },
  );

  it("names each token's group, so a reader takes the parts apart without knowing the tokens", () => {
    const groups = timeFormatRegExp("yyyy-MM-ddTHH:mm:ssZ").exec("2018-08-06T10:41:14+0800")?.groups;
    expect(groups).toEqual({ yyyy: "2018", MM: "08", dd: "06", HH: "10", mm: "41", ss: "14", Z: "+0800" });
  });
});
