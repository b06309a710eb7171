import { expect, test } from "vitest";
import { run } from "./run.js";

function capture(isTTY = false) {
  const chunks: string[] = [];
  return { isTTY, write: (text: string) => chunks.push(text), text: () => chunks.join("") };
}

test("against the mock cloud it lists recent tasks of all four services, page by page, and follows a DCS job", async () => {
  const out = capture();
  const err = capture();
  // The mock's waiting tasks stay pending until 3 s after it starts, Kafka's third until 6 s: time to list.
  await run({ env: {}, out, err, mockJobDurationMs: 3000, wait: { interval: 200, timeout: 20_000 } });
  const report = out.text();

  expect(report).toMatch(
    /^Tasks and jobs of the last 7 days on the local mock cloud at http:\/\/127\.0\.0\.1:\d+/,
  );
  for (const service of ["DCS", "DWS", "GaussDB(MySQL)", "Kafka"]) {
    const row = new RegExp(`^${service.replace(/[()]/g, "\\$&")}((?:\\s+\\d+){7})$`, "m").exec(report);
    expect(row, service).not.toBeNull();
    const [tasks, ...byStatus] = row![1]!.trim().split(/\s+/).map(Number) as [number, ...number[]];
    // More than one page of every service (50 a page, DCS 100).
    expect(tasks, `${service} tasks`).toBeGreaterThan(service === "DCS" ? 100 : 50);
    expect(byStatus.reduce((a, b) => a + b, 0)).toBe(tasks);
    const [pending, running, succeeded, failed, cancelled, unknown] = byStatus;
    // The mock shows every status word its spec lists, and one outside it (unknown): DWS names no word for a
    // task in progress, Kafka alone names cancelled ones.
    for (const count of [succeeded, failed, unknown]) expect(count, service).toBeGreaterThan(0);
    expect(pending! + running! > 0, service).toBe(service !== "DWS");
    expect(cancelled! > 0, service).toBe(service === "Kafka");
  }
  expect(report).toMatch(/^Service\s+Tasks\s+Pending\s+Running\s+Succeeded\s+Failed\s+Cancelled\s+Unknown$/m);
  expect(report).toMatch(/Most recent 15 across services\nStarted\s+Service\s+Task\s+Status\s+Took/);
  // One time format and one status vocabulary, whatever the service.
  const rows = report.split("Most recent 15 across services\n")[1]!.split("\n").slice(2, 17);
  expect(rows).toHaveLength(15);
  for (const row of rows)
    expect(row).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC  \S+\s+\S+\s+(pending|running|succeeded|failed|cancelled|unknown \(\w+\))(\s|$)/,
    );
  expect(report).toMatch(/DCS job [0-9a-f]{32} \(.+\) finished: (succeeded|failed) after \d+\.\d s/);

  // Not a TTY: progress is plain lines, no cursor movement.
  expect(err.text()).toMatch(/^Listed \d+ tasks \(DCS \d+, DWS \d+, GaussDB\(MySQL\) \d+, Kafka \d+\)$/m);
  expect(err.text()).not.toMatch(/\x1b|\r/);
  expect(err.text().match(/^Waiting for DCS job/gm)).toHaveLength(1);
});

test("on a TTY the progress line is redrawn in place and cleared before the report", async () => {
  const out = capture();
  const err = capture(true);
  await run({ env: {}, out, err, mockJobDurationMs: 500, wait: { interval: 100, timeout: 20_000 } });
  expect(err.text()).toMatch(/\r\x1b\[2K[|/\\-] Listed \d+ tasks/);
  expect(err.text().endsWith("\r\x1b[2K")).toBe(true);
  expect(out.text()).not.toMatch(/\x1b/);
});
