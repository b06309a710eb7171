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
  test("reports the tasks in progress as started, waiting ones starting to run as changed, and each one finishing", async () => {
    // The mock's tasks in progress change 4, 6 and 8 s after it starts: time for a first poll on a busy machine.
    const feed = await feedOnMock(4000);
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(), 40_000);
    const events: TaskEvent[] = [];
    const waiting = new Set<string>();
    for await (const event of feed.watch({ interval: 100, lookback: 3_600_000, signal: controller.signal })) {
      events.push(event);
      if (event.type === "started") waiting.add(key(event.task));
      else if (event.type === "finished") waiting.delete(key(event.task));
      if (waiting.size === 0) controller.abort();
    }
    clearTimeout(deadline);
    expect(events.some((e) => e.type === "error")).toBe(false);
    const seen = (type: TaskEvent["type"]) =>
      events
        .filter((e) => e.type === type)
        .map((e) => {
          const { task, before } = e as Exclude<TaskEvent, { type: "error" }>;
          return `${task.service} ${before ? `${before.rawStatus}(${before.status}) -> ` : ""}${task.rawStatus}(${task.status})`;
        })
        .sort();
    // Three tasks in progress per list; DWS names no word for them, so its "running" is unknown (in progress).
    expect(seen("started")).toEqual([
      "dcs INIT(pending)",
      "dcs INIT(pending)",
      "dcs RUNNING(running)",
      "dws running(unknown)",
      "dws running(unknown)",
      "dws running(unknown)",
      "gaussdb Pending(pending)",
      "gaussdb Pending(pending)",
      "gaussdb Running(running)",
      "kafka CREATED(pending)",
      "kafka CREATED(pending)",
      "kafka EXECUTING(running)",
    ]);
    // The waiting ones start to run (Kafka's third is cancelled while it waits).
    expect(seen("changed")).toEqual([
      "dcs INIT(pending) -> RUNNING(running)",
      "dcs INIT(pending) -> RUNNING(running)",
      "gaussdb Pending(pending) -> Running(running)",
      "gaussdb Pending(pending) -> Running(running)",
      "kafka CREATED(pending) -> EXECUTING(running)",
    ]);
    const finished = events.filter((e) => e.type === "finished");
    expect(finished.map((e) => key(e.task)).sort()).toEqual(
      events
        .filter((e) => e.type === "started")
        .map((e) => key(e.task))
        .sort(),
    );
    for (const { task, before } of finished) {
      expect(before, key(task)).toBeDefined();
      expect(["pending", "running", "unknown"]).toContain(before!.status);
      expect(task.endedAt).toBeInstanceOf(Date);
      expect(task.durationMs).toBeGreaterThan(0);
      // Kafka records no failure text; the others say why a task failed, and only then.
      expect(Boolean(task.failureReason), key(task)).toBe(
        task.status === "failed" && task.service !== "kafka",
      );
    }
    const outcomes = new Set(finished.map((e) => `${e.task.service} ${e.task.status}`));
    for (const service of ["dcs", "dws", "gaussdb", "kafka"]) {
      expect(outcomes, service).toContain(`${service} succeeded`);
      expect(outcomes, service).toContain(`${service} failed`);
    }
    const cancelled = finished.filter((e) => e.task.status === "cancelled");
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]!.task).toMatchObject({
      service: "kafka",
      rawStatus: expect.stringMatching(/^(CANCELLED|DELETED)$/),
    });
    expect(cancelled[0]!.before?.rawStatus).toBe("CREATED");
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
