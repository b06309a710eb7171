import { expect, test } from "vitest";
import { operations } from "./generated/operations.js";
import { readTimeParameter } from "./time-parameter.js";

/** The generated regular expression of a time format some spec uses. */
function regExpOf(pattern: string): RegExp {
  const format = operations
    .flatMap((operation) => operation.parameters)
    .find((parameter) => parameter.timeFormat?.pattern === pattern)?.timeFormat;
  if (format === undefined) throw new Error(`no spec uses the time format ${pattern}`);
  return new RegExp(format.regExp);
}

test.each([
  ["20230612155959", "yyyyMMddHHmmss", "2023-06-12T15:59:59.000Z"],
  ["2018-08-06T10:41:14+0000", "yyyy-MM-ddTHH:mm:ssZ", "2018-08-06T10:41:14.000Z"],
  ["2018-08-06T18:41:14+0800", "yyyy-MM-ddTHH:mm:ssZ", "2018-08-06T10:41:14.000Z"],
  ["2018-08-06T08:41:14-0200", "yyyy-MM-ddTHH:mm:ssZ", "2018-08-06T10:41:14.000Z"],
])("reads %s written as %s", (value, pattern, iso) => {
  expect(new Date(readTimeParameter(value, regExpOf(pattern))!).toISOString()).toBe(iso);
});

test.each([
  ["2023-06-12", "yyyyMMddHHmmss"],
  ["202306121559", "yyyyMMddHHmmss"],
  ["2018-08-06T10:41:14Z", "yyyy-MM-ddTHH:mm:ssZ"],
  ["2018-08-06 10:41:14+0000", "yyyy-MM-ddTHH:mm:ssZ"],
])("refuses %s for %s", (value, pattern) => {
  expect(readTimeParameter(value, regExpOf(pattern))).toBeUndefined();
});
