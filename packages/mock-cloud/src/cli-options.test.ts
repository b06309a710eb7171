import { describe, expect, test } from "vitest";
import { banner, parseCliOptions } from "./cli-options.js";
import { DEMO_CREDENTIALS } from "./create-mock-cloud.js";
import { startMockCloud } from "./start-mock-cloud.js";

describe("pnpm mock-cloud options", () => {
  test("default to any free port and the seeded dataset", () => {
    expect(parseCliOptions([])).toEqual({
      help: false,
      port: 0,
      dataset: "seeded",
      seed: "1",
      jobDurationMs: 4000,
    });
  });

  test("read --port, --dataset, --seed and --job-duration", () => {
    expect(
      parseCliOptions(["--port", "8080", "--dataset", "examples", "--seed", "7", "--job-duration", "100"]),
    ).toEqual({
      help: false,
      port: 8080,
      dataset: "examples",
      seed: "7",
      jobDurationMs: 100,
    });
  });

  test.each([
    [["--port", "70000"], /--port must be 0..65535, got 70000/],
    [["--port", "http"], /--port must be 0..65535/],
    [["--dataset", "random"], /--dataset must be seeded or examples, got random/],
    [["--job-duration=-5"], /--job-duration must be/],
    [["--verbose"], /Unknown option '--verbose'/],
  ])("refuse %j naming the option", (args, message) => {
    expect(() => parseCliOptions(args)).toThrow(message);
  });
});

test("the banner prints the URL, the demo AK/SK and every operation", async () => {
  const mock = await startMockCloud();
  try {
    const text = banner(mock, "seeded");
    expect(text).toContain(`listening on ${mock.url}`);
    expect(text).toContain(`HUAWEICLOUD_SDK_AK=${DEMO_CREDENTIALS.ak}`);
    expect(text).toContain(`HUAWEICLOUD_SDK_SK=${DEMO_CREDENTIALS.sk}`);
    for (const operation of mock.operations) expect(text).toContain(`(${operation.operationId})`);
  } finally {
    await mock.close();
  }
});
