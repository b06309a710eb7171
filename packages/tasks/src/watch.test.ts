import { startMockCloud, type RunningMockCloud } from "@hwcloud/mock-cloud";
import { afterEach, describe, expect, test } from "vitest";
import { createTaskFeed } from "./feed.js";
import type { DcsTask, Task } from "./task.js";
import type { TaskEvent } from "./watch.js";
import { DEMO_CLUSTER, DEMO_INSTANCE, mockClients } from "./test-support/mock-feed.js";

let cloud: RunningMockCloud | undefined;
afterEach(() => cloud?.close());

async function feedOnMock(jobDurationMs: number, clusterIds = [DEMO_CLUSTER]) {
  cloud = await startMockCloud({ dataset: "seeded", jobDurationMs });
  const clients = mockClients(cloud);
  return createTaskFeed({
    dcs: clients.dcs,
    gaussdb: clients.gaussdb,
    kafka: { client: clients.kafka, instanceIds: [DEMO_INSTANCE] },
    dws: { client: clients.dws, clusterIds },
  });
}

const key = (task: Task) => `${task.service}/${task.id}`;

describe("watch against the mock cloud", () => {
  test("reports the running tasks as started, then each one settling with its state before and after", async () => {
    // The mock's running tasks settle 3, 4.5 and 6 s after it starts: time for a first poll on a busy machine.
    const feed = await feedOnMock(3000);
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(), 40_000);
    const events: TaskEvent[] = [];
    const waiting = new Set<string>();
    for await (const event of feed.watch({ interval: 100, lookback: 3_600_000, signal: controller.signal })) {
      events.push(event);
      if (event.type === "started") waiting.add(key(event.task));
      else if (event.type !== "error") waiting.delete(key(event.task));
      if (waiting.size === 0) controller.abort();
    }
    clearTimeout(deadline);
    const started = events.filter((e) => e.type === "started");
    const later = events.filter((e) => e.type === "changed" || e.type === "finished");
    // Three running tasks per list at start (DWS's unlisted "running" is unknown: in progress as well).
    expect(new Set(started.map((e) => e.task.service))).toEqual(new Set(["dcs", "dws", "gaussdb", "kafka"]));
    expect(started).toHaveLength(12);
    expect(later.map((e) => key(e.task)).sort()).toEqual(started.map((e) => key(e.task)).sort());
    for (const event of later) {
      expect(event.before, key(event.task)).toBeDefined();
      expect(event.before!.rawStatus).not.toBe(event.task.rawStatus);
      expect(["running", "unknown"]).toContain(event.before!.status);
      expect(event.task.endedAt).toBeInstanceOf(Date);
      if (event.type === "finished") expect(["succeeded", "failed"]).toContain(event.task.status);
      // A status word the spec does not list is a change to unknown, not a finish.
      else expect(event.task.status).toBe("unknown");
    }
    expect(events.filter((e) => e.type === "finished").length).toBeGreaterThanOrEqual(8);
    expect(events.some((e) => e.type === "error")).toBe(false);
  }, 60_000);

  test("a failing service is reported each poll, with the delay doubling up to maxInterval, while the others are watched", async () => {
    const feed = await feedOnMock(60_000, ["not-a-uuid"]);
    const controller = new AbortController();
    const errorsAt: number[] = [];
    const started: TaskEvent[] = [];
    for await (const event of feed.watch({ interval: 100, maxInterval: 400, signal: controller.signal })) {
      if (event.type === "error") errorsAt.push(performance.now());
      if (event.type === "started") started.push(event);
      if (errorsAt.length === 5) controller.abort();
    }
    expect(started.length).toBeGreaterThan(0);
    const gaps = errorsAt.slice(1).map((at, i) => at - errorsAt[i]!);
    // Lower bounds only: a busy machine makes gaps longer, never shorter.
    expect(gaps[0]).toBeGreaterThanOrEqual(190);
    expect(gaps[1]).toBeGreaterThanOrEqual(390);
    expect(gaps[2]).toBeGreaterThanOrEqual(390);
  }, 30_000);

  test("breaking out of the loop stops the polls", async () => {
    const feed = await feedOnMock(60_000);
    for await (const event of feed.watch({ interval: 100 })) {
      expect(event.type).toBe("started");
      break;
    }
    // Nothing left running keeps the process alive or calls the mock: closing it succeeds at once.
    await cloud!.close();
    cloud = undefined;
  });

  test("a DCS task's job is followed through waitForJob to its end", async () => {
    const feed = await feedOnMock(500);
    let running: DcsTask | undefined;
    for await (const task of feed.list({ services: ["dcs"] }))
      if (task.service === "dcs" && task.status === "running" && task.jobId) {
        running = task;
        break;
      }
    expect(running).toBeDefined();
    const { task, job } = await feed.follow(running!, { interval: 50, timeout: 20_000 });
    expect(["succeeded", "failed"]).toContain(task.status);
    expect(job.job_id).toBe(running!.jobId);
    expect(task.endedAt).toBeInstanceOf(Date);
    if (task.status === "failed") expect(task.failureReason).toBeTruthy();
  });

  test("follow refuses a task without a job id, before any request", async () => {
    const feed = await feedOnMock(500);
    const task = { service: "dcs", id: "t", jobId: undefined } as unknown as DcsTask;
    await expect(feed.follow(task)).rejects.toThrow(/^follow task t has no job id to follow/);
  });
});
