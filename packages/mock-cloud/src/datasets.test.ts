import { describe, expect, test } from "vitest";
import { createMockCloud } from "./create-mock-cloud.js";
import { loadOperations } from "./test-support/load-operations.js";
import { get } from "./test-support/signed-request.js";

const operations = loadOperations();
const started = Date.UTC(2026, 5, 1, 12, 0, 0);

async function firstPage(seed: string | number) {
  const mock = createMockCloud({ operations, dataset: "seeded", seed, now: () => started });
  return (await get(mock, "/v2/p/tasks?limit=20", { date: new Date(started) })).body;
}

describe("the seeded dataset", () => {
  test("is the same for the same seed and differs for another", async () => {
    expect(await firstPage("a")).toEqual(await firstPage("a"));
    expect(await firstPage("a")).not.toEqual(await firstPage("b"));
  });

  test("holds hundreds of items per list by default", async () => {
    const mock = createMockCloud({ operations, dataset: "seeded" });
    for (const operation of mock.operations.filter((o) => o.pagination)) {
      const path = operation.pathTemplate.replace(/\{([^}]+)\}/g, "9b7ff56b-47b3-4d00-a1fd-4c023d34404b");
      const total = (await get(mock, path)).body[operation.pagination!.total!];
      expect(Number(total), operation.operationId).toBe(300);
    }
  });

  test("lists the newest first, all before the mock started", async () => {
    const tasks = (await firstPage(1)).tasks as { created_at: string }[];
    const times = tasks.map((task) => Date.parse(task.created_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(Math.max(...times)).toBeLessThan(started);
  });
});

describe("DCS jobs run and settle over time", () => {
  const jobDurationMs = 5000;

  function mockAt(clock: { now: number }) {
    return createMockCloud({ operations, dataset: "seeded", jobDurationMs, now: () => clock.now });
  }

  test("the newest task's job is RUNNING, then SUCCESS or FAIL once its time has come, in the job and in the list", async () => {
    const clock = { now: started };
    const mock = mockAt(clock);
    const at = () => ({ date: new Date(clock.now) });
    const [task] = (await get(mock, "/v2/p/tasks?limit=1", at())).body.tasks as {
      job_id: string;
      status: string;
    }[];
    expect(task!.status).toBe("RUNNING");
    const running = await get(mock, `/v2/p/jobs/${task!.job_id}`, at());
    expect(running.body).toMatchObject({ job_id: task!.job_id, status: "RUNNING" });
    expect(running.body).not.toHaveProperty("end_time");

    clock.now += jobDurationMs;
    const settled = await get(mock, `/v2/p/jobs/${task!.job_id}`, at());
    expect(["SUCCESS", "FAIL"]).toContain(settled.body.status);
    expect(Number(settled.body.end_time)).toBe(started + jobDurationMs);
    expect(settled.body.fail_reason === null).toBe(settled.body.status === "SUCCESS");
    const [listed] = (await get(mock, "/v2/p/tasks?limit=1", at())).body.tasks as { status: string }[];
    expect(listed!.status).toBe(settled.body.status);
  });

  test("a waiting task's job reads INIT, without an end time, until it runs", async () => {
    const mock = mockAt({ now: started });
    const tasks = (await get(mock, "/v2/p/tasks?limit=2", { date: new Date(started) })).body.tasks as {
      job_id: string;
    }[];
    const job = await get(mock, `/v2/p/jobs/${tasks[1]!.job_id}`, { date: new Date(started) });
    expect(job.body).toMatchObject({ status: "INIT", fail_reason: null });
    expect(job.body).not.toHaveProperty("end_time");
  });

  test("an unknown job id is 404 in the error shape", async () => {
    const mock = mockAt({ now: started });
    const answer = await get(mock, "/v2/p/jobs/no-such-job", { date: new Date(started) });
    expect(answer).toMatchObject({
      status: 404,
      body: { error_code: expect.any(String), error_msg: expect.stringContaining("no-such-job") },
    });
  });
});
