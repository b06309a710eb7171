import { startMockCloud, type RunningMockCloud } from "@hwcloud/mock-cloud";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { TaskOptionsError, TaskServiceError } from "./errors.js";
import { createTaskFeed, type TaskFeed } from "./feed.js";
import { STATUS_TABLES } from "./status.js";
import { TASK_SERVICES, type Task } from "./task.js";
import { DEMO_CLUSTER, DEMO_INSTANCE, mockClients } from "./test-support/mock-feed.js";

let cloud: RunningMockCloud;
let clients: ReturnType<typeof mockClients>;
let feed: TaskFeed;
beforeAll(async () => {
  cloud = await startMockCloud({ dataset: "seeded" });
  clients = mockClients(cloud);
  feed = createTaskFeed({
    dcs: clients.dcs,
    gaussdb: clients.gaussdb,
    kafka: { client: clients.kafka, instanceIds: [DEMO_INSTANCE] },
    dws: { client: clients.dws, clusterIds: [DEMO_CLUSTER] },
  });
});
afterAll(() => cloud.close());

async function collect(iterable: AsyncIterable<Task>): Promise<Task[]> {
  const tasks: Task[] = [];
  for await (const task of iterable) tasks.push(task);
  return tasks;
}

const WEEK = 7 * 86_400_000;

describe("list", () => {
  test("merges every service's pages into one stream, newest first", async () => {
    const listing = feed.list({ since: Date.now() - WEEK });
    const tasks = await collect(listing);
    expect(listing.failures).toEqual([]);
    const services = new Set(tasks.map((task) => task.service));
    expect([...services].sort()).toEqual(["dcs", "dws", "gaussdb", "kafka"]);
    // More tasks per service than one page holds (50 a page; DCS 100): every service was paged.
    for (const service of ["dws", "gaussdb", "kafka"])
      expect(tasks.filter((t) => t.service === service).length).toBeGreaterThan(50);
    expect(tasks.filter((t) => t.service === "dcs").length).toBeGreaterThan(100);
    const starts = tasks.map((task) => task.startedAt!.getTime());
    expect(starts.every((start, i) => i === 0 || starts[i - 1]! >= start)).toBe(true);
  });

  test("reads every status word of every service the mock shows as the table says, and its unlisted ones as unknown", async () => {
    const seen: Record<string, Record<string, string>> = {};
    for await (const task of feed.list({ since: Date.now() - WEEK }))
      (seen[task.service] ??= {})[task.rawStatus!] = task.status;
    const unknown = { dcs: "SUSPENDED", dws: "running", gaussdb: "Suspended", kafka: "SUSPENDED" } as const;
    for (const service of TASK_SERVICES)
      expect(seen[service], service).toEqual({ ...STATUS_TABLES[service], [unknown[service]]: "unknown" });
  });

  test("keeps to the since/until window and the chosen services", async () => {
    const since = new Date(Date.now() - 86_400_000);
    const until = new Date(Date.now() - 3_600_000);
    const tasks = await collect(feed.list({ since, until, services: ["dcs", "kafka"] }));
    expect(tasks.length).toBeGreaterThan(0);
    expect(new Set(tasks.map((t) => t.service))).toEqual(new Set(["dcs", "kafka"]));
    for (const task of tasks) {
      expect(task.startedAt!.getTime()).toBeGreaterThanOrEqual(since.getTime());
      expect(task.startedAt!.getTime()).toBeLessThanOrEqual(until.getTime());
    }
  });

  test("a failing service is reported beside the results, typed, and the others are still listed", async () => {
    const partly = createTaskFeed({
      dcs: clients.dcs,
      dws: { client: clients.dws, clusterIds: ["not-a-uuid", DEMO_CLUSTER] },
    });
    const listing = partly.list({ since: Date.now() - WEEK });
    const tasks = await collect(listing);
    expect(listing.failures).toHaveLength(1);
    const [failure] = listing.failures;
    expect(failure).toBeInstanceOf(TaskServiceError);
    expect(failure).toMatchObject({ service: "dws", resourceId: "not-a-uuid" });
    expect(failure!.message).toMatch(/^dws not-a-uuid: 400 \S+ .*cluster_id/);
    expect((failure!.cause as { status?: number }).status).toBe(400);
    expect(tasks.some((t) => t.service === "dcs")).toBe(true);
    expect(tasks.some((t) => t.service === "dws" && t.resource?.id === DEMO_CLUSTER)).toBe(true);
  });

  test("maxTasksPerSource bounds each source, and breaking out of the loop stops paging", async () => {
    const tasks = await collect(feed.list({ since: Date.now() - WEEK, maxTasksPerSource: 3 }));
    expect(tasks).toHaveLength(12);
    let seen = 0;
    for await (const _ of feed.list({ since: Date.now() - WEEK })) if (++seen === 5) break;
    expect(seen).toBe(5);
  });

  test("an aborted signal ends the list with the abort, not as a service failure", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(collect(feed.list({ signal: controller.signal }))).rejects.toThrow();
  });
});

describe("options are checked before any request", () => {
  test.each([
    ["no service", {}, /^options must give at least one service/],
    ["an unknown option", { rds: {} }, /^options\.rds is not an option/],
    [
      "a client of the wrong service",
      () => ({ kafka: { client: clients.dws, instanceIds: ["x"] } }),
      /^kafka\.client must be a client of that service \(one with paginate\.listBackgroundTasks\)/,
    ],
    [
      "ids as a string",
      () => ({ kafka: { client: clients.kafka, instanceIds: "abc" } }),
      /^kafka\.instanceIds must be a non-empty array of ids, got "abc"/,
    ],
    [
      "an empty id",
      () => ({ dws: { client: clients.dws, clusterIds: ["a", ""] } }),
      /^dws\.clusterIds\[1\] must be a non-empty string/,
    ],
    [
      "a bad DWS offset",
      () => ({ dws: { client: clients.dws, clusterIds: ["a"], utcOffset: "CST" } }),
      /^dws\.utcOffset must be an offset like "\+08:00", got "CST"/,
    ],
  ])("createTaskFeed: %s", (_, options, message) => {
    const given = typeof options === "function" ? options() : options;
    expect(() => createTaskFeed(given as never)).toThrow(TaskOptionsError);
    expect(() => createTaskFeed(given as never)).toThrow(message);
  });

  test.each([
    ["since NaN", { since: Number.NaN }, /^list\.since must be a valid time, got NaN/],
    ["since as a string", { since: "24h" }, /^list\.since must be a Date or epoch milliseconds, got "24h"/],
    ["an invalid Date", { until: new Date("nope") }, /^list\.until must be a valid time, got Invalid Date/],
    ["since after until", { since: 2000, until: 1000 }, /^list\.since must not be after list\.until/],
    [
      "an unknown service",
      { services: ["rds"] },
      /^list\.services holds "rds", which is not one of dcs, dws, gaussdb, kafka/,
    ],
    [
      "a negative maximum",
      { maxTasksPerSource: -1 },
      /^list\.maxTasksPerSource must be a whole number from 1 to 100000/,
    ],
  ])("list: %s", (_, options, message) => {
    expect(() => feed.list(options as never)).toThrow(TaskOptionsError);
    expect(() => feed.list(options as never)).toThrow(message);
  });

  test("list: a service the feed has no client for", () => {
    expect(() => createTaskFeed({ dcs: clients.dcs }).list({ services: ["kafka"] })).toThrow(
      /^list\.services holds "kafka", which the feed was not given a client for/,
    );
  });

  test.each([
    ["interval NaN", { interval: Number.NaN }, /^watch\.interval must be a number of milliseconds, got NaN/],
    ["interval negative", { interval: -5 }, /^watch\.interval must be between 100 and 3600000 ms, got -5/],
    [
      "interval as a string",
      { interval: "5s" },
      /^watch\.interval must be a number of milliseconds, got "5s"/,
    ],
    [
      "maxInterval below interval",
      { interval: 5000, maxInterval: 1000 },
      /^watch\.maxInterval must be between 5000/,
    ],
    ["signal not a signal", { signal: {} }, /^watch\.signal must be an AbortSignal/],
  ])("watch: %s", (_, options, message) => {
    expect(() => feed.watch(options as never)).toThrow(TaskOptionsError);
    expect(() => feed.watch(options as never)).toThrow(message);
  });
});
