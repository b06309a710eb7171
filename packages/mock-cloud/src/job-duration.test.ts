import { describe, expect, test } from "vitest";
import { parseCliOptions } from "./cli-options.js";
import { createMockCloud } from "./create-mock-cloud.js";
import { MAX_JOB_DURATION_MS } from "./job-duration.js";
import { startMockCloud } from "./start-mock-cloud.js";

const RULE = "must be a number of milliseconds from 0 to 86400000 (one day)";

describe("jobDurationMs is checked where it is given", () => {
  test.each<[string, unknown, ErrorConstructor, string]>([
    ["a negative value", -5, RangeError, "got -5"],
    ["NaN", Number.NaN, RangeError, "got NaN"],
    ["Infinity", Infinity, RangeError, "got Infinity"],
    ["an absurd value", 1e300, RangeError, "got 1e+300"],
    ["just over a day", MAX_JOB_DURATION_MS + 1, RangeError, "got 86400001"],
    ["a string", "4000", TypeError, 'got "4000"'],
    ["null", null, TypeError, "got null"],
    ["a bigint", 4000n, TypeError, "got 4000n"],
    ["an object", { ms: 4000 }, TypeError, "got an object"],
    ["a function", () => 4000, TypeError, "got a function"],
  ])("createMockCloud refuses %s with a typed error naming the option", (_, value, type, got) => {
    const create = () => createMockCloud({ dataset: "seeded", jobDurationMs: value as number });
    expect(create).toThrow(type);
    expect(create).toThrow(`createMockCloud: jobDurationMs ${RULE}, ${got}`);
  });

  test("startMockCloud refuses it before it listens", async () => {
    await expect(startMockCloud({ jobDurationMs: -1 })).rejects.toThrow(
      `createMockCloud: jobDurationMs ${RULE}, got -1`,
    );
  });

  test("whatever the dataset: an examples mock ignores it, but a bad value is still a mistake", () => {
    expect(() => createMockCloud({ dataset: "examples", jobDurationMs: -1 })).toThrow(RangeError);
  });

  test.each([0, 0.5, 4000, MAX_JOB_DURATION_MS])("createMockCloud accepts %d", (jobDurationMs) => {
    expect(() => createMockCloud({ dataset: "seeded", jobDurationMs })).not.toThrow();
  });

  test.each([
    ["-5", "got -5"],
    ["soon", 'got "soon"'],
    ["", 'got ""'],
    ["86400001", "got 86400001"],
  ])("--job-duration=%j is refused with the same rule", (text, got) => {
    expect(() => parseCliOptions([`--job-duration=${text}`])).toThrow(`--job-duration ${RULE}, ${got}`);
  });
});
