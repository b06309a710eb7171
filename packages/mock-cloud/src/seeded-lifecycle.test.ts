import { describe, expect, test } from "vitest";
import { createMockCloud } from "./create-mock-cloud.js";
import { loadOperations } from "./test-support/load-operations.js";
import { get } from "./test-support/signed-request.js";

const operations = loadOperations();
const started = Date.UTC(2026, 5, 1, 12, 0, 0);
const jobDurationMs = 4000;
const CLUSTER = "9b7ff56b-47b3-4d00-a1fd-4c023d34404b";

// Each list's status field and the values its spec lists (DCS tasks: the words of ShowJobInfo's status, the job
// behind each task), then the one value outside the list the mock adds: a settled SUSPENDED where the list
// names its in-progress words, DWS's running where it names none ("success or failed").
const LISTS = [
  {
    path: "/v2/p/tasks",
    items: "tasks",
    field: "status",
    listed: ["INIT", "RUNNING", "SUCCESS", "FAIL"],
    outside: "SUSPENDED",
  },
  {
    path: `/v2/p/instances/${CLUSTER}/tasks`,
    items: "tasks",
    field: "status",
    listed: ["CREATED", "EXECUTING", "SUCCESS", "FAILED", "CANCELLED", "DELETED"],
    outside: "SUSPENDED",
  },
  {
    path: "/v3/p/immediate-jobs",
    items: "jobs",
    field: "status",
    listed: ["Pending", "Running", "Completed", "Failed"],
    outside: "Suspended",
  },
  {
    path: `/v2/p/clusters/${CLUSTER}/logical-clusters/tasks`,
    items: "logical_cluster_tasks",
    field: "result",
    listed: ["success", "failed"],
    outside: "running",
  },
] as const;

function mockAt(clock: { now: number }, seed: number | string = 1) {
  return createMockCloud({
    operations,
    dataset: "seeded",
    seed,
    itemsPerList: 20,
    jobDurationMs,
    now: () => clock.now,
  });
}

async function statuses(
  mock: ReturnType<typeof mockAt>,
  list: (typeof LISTS)[number],
  now: number,
): Promise<string[]> {
  const answer = await get(mock, `${list.path}?limit=20`, { date: new Date(now) });
  expect(answer.status, list.path).toBe(200);
  return (answer.body[list.items] as Record<string, string>[]).map((item) => item[list.field]!);
}

describe("the seeded lists", () => {
  test.each([1, "a", 42])(
    "show every status value each spec lists and one outside it, in 20 items (seed %s)",
    async (seed) => {
      const mock = mockAt({ now: started }, seed);
      for (const list of LISTS) {
        const seen = new Set(await statuses(mock, list, started));
        expect([...seen].sort(), list.path).toEqual([...list.listed, list.outside].sort());
      }
    },
  );

  // The newest three at the start, after one jobDurationMs, after half of one more, and (the third) at the end.
  test.each([
    {
      list: LISTS[0],
      steps: [
        ["RUNNING", "INIT", "INIT"],
        ["SUCCESS", "RUNNING", "INIT"],
        ["SUCCESS", "FAIL", "RUNNING"],
      ],
      third: ["SUCCESS", "FAIL"],
    },
    {
      list: LISTS[1],
      steps: [
        ["EXECUTING", "CREATED", "CREATED"],
        ["SUCCESS", "EXECUTING", "CREATED"],
        ["SUCCESS", "FAILED", "CREATED"],
      ],
      third: ["CANCELLED", "DELETED"],
    },
  ])(
    "move their tasks in progress from waiting to running to settled as the mock's clock runs ($list.path)",
    async ({ list, steps, third }) => {
      const clock = { now: started };
      const mock = mockAt(clock);
      const newest = async () => (await statuses(mock, list, clock.now)).slice(0, 3);
      for (const [index, step] of steps.entries()) {
        clock.now = started + (index === 0 ? 0 : jobDurationMs * (1 + (index - 1) / 2));
        expect(await newest(), `step ${index}`).toEqual(step);
      }
      clock.now = started + 2 * jobDurationMs;
      expect(third).toContain((await newest())[2]);
    },
  );

  test("write an end time once a task settles, and a failure reason only when it failed", async () => {
    const clock = { now: started };
    const mock = mockAt(clock);
    const jobs = async () =>
      (
        (await get(mock, "/v3/p/immediate-jobs?limit=10", { date: new Date(clock.now) })).body.jobs as {
          status: string;
          ended_time?: string;
          fail_reason: string | null;
        }[]
      ).slice(0, 3);
    for (const job of await jobs()) {
      expect(job.ended_time).toBeUndefined();
      expect(job.fail_reason).toBeNull();
    }
    clock.now += 2 * jobDurationMs;
    const [succeeded, failed] = await jobs();
    expect(succeeded).toMatchObject({ status: "Completed", fail_reason: null });
    expect(Date.parse(succeeded!.ended_time!.replace(/(\d\d)(\d\d)$/, "$1:$2"))).toBe(
      started + jobDurationMs,
    );
    expect(failed!.status).toBe("Failed");
    expect(failed!.fail_reason).toEqual(expect.any(String));
  });
});
