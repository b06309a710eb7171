import { describe, expect, test } from "vitest";
import { STATUS_TABLES } from "../status.js";
import type { TaskStatus } from "../task.js";
import { dcsTask } from "./dcs.js";
import { dwsTask } from "./dws.js";
import { gaussdbTask } from "./gaussdb.js";
import { kafkaTask } from "./kafka.js";

const CLUSTER = "9b7ff56b-47b3-4d00-a1fd-4c023d34404b";
const INSTANCE = "c7a2e1d4-8f3b-4e6a-9d1c-5b0f2a7e3c91";

describe("DCS adapter", () => {
  const item = {
    id: "8abf6e1e72c12e7c0172c15b508500aa",
    name: "ChangeInstanceSpec",
    job_id: "8abf6e1e87bce0740187bd32748b0530",
    status: "FAIL",
    created_at: "2023-06-17T08:18:06.597Z",
    updated_at: "2023-06-17T08:18:10.106Z",
    error_code: "111400063",
    details: null,
  };

  test.each(Object.entries(STATUS_TABLES.dcs))("status %s is %s", (raw, want) => {
    expect(dcsTask({ ...item, status: raw }).status).toBe(want);
  });

  test("maps a failed task: ids, job id, UTC times, duration, the error code as reason, the raw item kept", () => {
    const task = dcsTask(item);
    expect(task).toMatchObject({
      service: "dcs",
      id: item.id,
      name: "ChangeInstanceSpec",
      status: "failed",
      rawStatus: "FAIL",
      jobId: item.job_id,
      failureReason: "error code 111400063",
      durationMs: 3509,
      resource: undefined,
    });
    expect(task.startedAt?.toISOString()).toBe("2023-06-17T08:18:06.597Z");
    expect(task.raw).toBe(item);
  });

  test("a running task has no end time (updated_at moves while it runs) and no reason", () => {
    const task = dcsTask({ ...item, status: "RUNNING" });
    expect(task).toMatchObject({
      status: "running",
      endedAt: undefined,
      durationMs: undefined,
      failureReason: undefined,
    });
  });

  test("a successful task drops the leftover error code", () => {
    expect(dcsTask({ ...item, status: "SUCCESS" }).failureReason).toBeUndefined();
  });
});

describe("DWS adapter", () => {
  const item = {
    type: "Create",
    logical_cluster_name: "test_logical",
    start_time: "2023-06-21 08:35:58",
    end_time: "2023-06-21 08:36:14",
    result: "failed",
    log: "list index out of range",
  };

  test.each(Object.entries(STATUS_TABLES.dws))("result %s is %s", (raw, want) => {
    expect(dwsTask({ ...item, result: raw }, CLUSTER).status).toBe(want);
  });

  test("zone-less times are UTC by default, or read at the configured offset", () => {
    expect(dwsTask(item, CLUSTER).startedAt?.toISOString()).toBe("2023-06-21T08:35:58.000Z");
    const shanghai = dwsTask(item, CLUSTER, "+08:00");
    expect(shanghai.startedAt?.toISOString()).toBe("2023-06-21T00:35:58.000Z");
    expect(shanghai.endedAt?.toISOString()).toBe("2023-06-21T00:36:14.000Z");
    expect(shanghai.durationMs).toBe(16_000);
  });

  test("builds a stable id from cluster, logical cluster, type and start; the log is a failure's reason", () => {
    const task = dwsTask(item, CLUSTER);
    expect(task.id).toBe(`${CLUSTER}/test_logical/Create@2023-06-21 08:35:58`);
    expect(dwsTask({ ...item }, CLUSTER).id).toBe(task.id);
    expect(task).toMatchObject({
      name: "Create",
      failureReason: "list index out of range",
      resource: { kind: "cluster", id: CLUSTER, name: "test_logical" },
      jobId: undefined,
    });
    expect(task.raw).toBe(item);
  });
});

describe("GaussDB adapter", () => {
  const item = {
    instance_id: "ede953923f06448d9be8686ef0c1378ein07",
    instance_name: "gauss-1234",
    job_id: "335ab2a4-a038-4fa9-a62c-49dd84015011",
    job_name: "ResizeGaussDBforMySQLFlavor",
    status: "Failed",
    created_time: "2018-08-06T11:25:23+0800",
    ended_time: "2018-08-06T11:31:12+0800",
    fail_reason: "Single task exception.",
  };

  test.each(Object.entries(STATUS_TABLES.gaussdb))("status %s is %s", (raw, want) => {
    expect(gaussdbTask({ ...item, status: raw }).status).toBe(want);
  });

  test("reads the +hhmm offset, keeps the job id, the instance and fail_reason", () => {
    const task = gaussdbTask(item);
    expect(task.startedAt?.toISOString()).toBe("2018-08-06T03:25:23.000Z");
    expect(task).toMatchObject({
      id: item.job_id,
      jobId: item.job_id,
      status: "failed",
      failureReason: "Single task exception.",
      durationMs: 349_000,
      resource: { kind: "instance", id: item.instance_id, name: "gauss-1234" },
    });
    expect(task.raw).toBe(item);
  });

  test("fail_reason null is no reason", () => {
    expect(gaussdbTask({ ...item, status: "Completed", fail_reason: null }).failureReason).toBeUndefined();
  });
});

describe("Kafka adapter", () => {
  const item = {
    id: "8abfa7b372160bfd017216560af83e6e",
    name: "changeRetentionPolicy",
    status: "SUCCESS",
    created_at: "2020-05-15T03:17:17.176Z",
    updated_at: "2020-05-15T03:17:22.162Z",
  };

  test.each(Object.entries(STATUS_TABLES.kafka))("status %s is %s", (raw, want) => {
    expect(kafkaTask({ ...item, status: raw }, INSTANCE).status).toBe(want);
  });

  test("reads UTC times and names the instance", () => {
    const task = kafkaTask(item, INSTANCE);
    expect(task.startedAt?.toISOString()).toBe("2020-05-15T03:17:17.176Z");
    expect(task.endedAt?.toISOString()).toBe("2020-05-15T03:17:22.162Z");
    expect(task).toMatchObject({
      id: item.id,
      status: "succeeded",
      durationMs: 4986,
      resource: { kind: "instance", id: INSTANCE },
    });
    expect(task.raw).toBe(item);
  });
});

describe("an unlisted status word is unknown, never an error, and the word is kept", () => {
  const cases: [string, () => { status: TaskStatus; rawStatus: string | undefined }, string | undefined][] = [
    ["DCS DELETED", () => dcsTask({ status: "DELETED" }), "DELETED"],
    ["DWS running", () => dwsTask({ result: "running" }, CLUSTER), "running"],
    ["GaussDB Cancelled", () => gaussdbTask({ status: "Cancelled" }), "Cancelled"],
    ["Kafka PAUSED", () => kafkaTask({ status: "PAUSED" }, INSTANCE), "PAUSED"],
    ["a number", () => kafkaTask({ status: 3 as unknown as string }, INSTANCE), undefined],
    ["missing", () => dcsTask({}), undefined],
  ];
  test.each(cases)("%s", (_, make, raw) => {
    expect(make()).toMatchObject({ status: "unknown", rawStatus: raw });
  });

  test("status words match whatever their case", () => {
    expect(gaussdbTask({ status: "RUNNING" }).status).toBe("running");
    expect(dcsTask({ status: "success" }).status).toBe("succeeded");
  });
});
