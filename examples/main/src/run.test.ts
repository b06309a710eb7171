import { expect, test } from "vitest";
import { run } from "./run.js";

function capture(isTTY = false) {
  const chunks: string[] = [];
  return { isTTY, write: (text: string) => chunks.push(text), text: () => chunks.join("") };
}

test("against the mock cloud it lists recent tasks of all four services, page by page, and follows a DCS job", async () => {
  const out = capture();
  const err = capture();
  await run({ env: {}, out, err, mockJobDurationMs: 1500, wait: { interval: 200, timeout: 20_000 } });
  const report = out.text();

  expect(report).toMatch(
    /^Tasks and jobs of the last 7 days on local mock cloud at http:\/\/127\.0\.0\.1:\d+/,
  );
  for (const service of ["DCS", "DWS", "GaussDB(MySQL)", "Kafka"]) {
    const row = new RegExp(
      `^${service.replace(/[()]/g, "\\$&")}\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$`,
      "m",
    ).exec(report);
    expect(row, service).not.toBeNull();
    const [tasks, pages, running, succeeded, failed] = row!.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    expect(pages, `${service} pages`).toBeGreaterThan(1);
    expect(running + succeeded + failed).toBe(tasks);
  }
  expect(report).toMatch(/Most recent 15 across services\nStarted \(UTC\)\s+Service\s+Task\s+Status\s+Took/);
  expect(report).toMatch(/DCS job [0-9a-f]{32} \(.+\) finished: (SUCCESS|FAIL) after \d+\.\d s/);

  // Not a TTY: progress is plain lines, one per page, no cursor movement.
  expect(err.text()).toMatch(/^DCS: page 1, \d+ recent tasks$/m);
  expect(err.text()).toMatch(/^Kafka: page 2, \d+ recent tasks$/m);
  expect(err.text()).not.toMatch(/\x1b|\r/);
  expect(err.text().match(/^Waiting for DCS job/gm)).toHaveLength(1);
});

test("on a TTY the progress line is redrawn in place and cleared before the report", async () => {
  const out = capture();
  const err = capture(true);
  await run({ env: {}, out, err, mockJobDurationMs: 500, wait: { interval: 100, timeout: 20_000 } });
  expect(err.text()).toMatch(/\r\x1b\[2K[|/\\-] DWS: page 1/);
  expect(err.text().endsWith("\r\x1b[2K")).toBe(true);
  expect(out.text()).not.toMatch(/\x1b/);
});
