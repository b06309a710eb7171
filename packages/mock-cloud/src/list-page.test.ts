import { describe, expect, test } from "vitest";
import { createMockCloud } from "./create-mock-cloud.js";
import { successSchema } from "./datasets.js";
import type { MockOperation } from "./mock-operation.js";
import { loadOperations } from "./test-support/load-operations.js";
import { get } from "./test-support/signed-request.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const operations = loadOperations();
const itemsPerList = 57;
const mock = createMockCloud({ operations, dataset: "seeded", itemsPerList, seed: "paging" });
const pagingOperations = mock.operations.filter((operation) => operation.pagination);

function listPath(
  operation: (typeof pagingOperations)[number],
  query: Record<string, string | number>,
): string {
  const path = operation.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) =>
    name === "cluster_id" ? "9b7ff56b-47b3-4d00-a1fd-4c023d34404b" : `sample-${name}`,
  );
  return `${path}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`;
}

describe.each(
  pagingOperations.map((operation) => [`${operation.service} ${operation.operationId}`, operation] as const),
)("%s pages as its x-hwcloud-pagination says", (_, operation) => {
  const pagination = operation.pagination!;
  const limit = pagination.limitValues?.[0] ?? 7;

  test("walking every page visits each item once and the total counts them all", async () => {
    const seen: string[] = [];
    for (let offset = pagination.first, guard = 0; guard < 100; guard++) {
      const page = await get(
        mock,
        listPath(operation, { [pagination.offsetParam]: offset, [pagination.limitParam]: limit }),
      );
      expect(page.status).toBe(200);
      const items = page.body[pagination.items] as unknown[];
      if (pagination.total) expect(Number(page.body[pagination.total])).toBe(itemsPerList);
      if (items.length === 0) break;
      expect(items.length).toBeLessThanOrEqual(limit);
      seen.push(...items.map((item) => JSON.stringify(item)));
      offset += pagination.unit === "page" ? 1 : items.length;
    }
    expect(seen).toHaveLength(itemsPerList);
    expect(new Set(seen).size).toBe(itemsPerList);
  });

  test("without paging parameters it sends the first page at the default size", async () => {
    const page = await get(mock, listPath(operation, {}));
    expect(page.body[pagination.items]).toHaveLength(pagination.defaultLimit ?? 10);
  });

  test("past the last item it sends an empty page", async () => {
    const offset = pagination.first + 1000;
    const page = await get(
      mock,
      listPath(operation, { [pagination.offsetParam]: offset, [pagination.limitParam]: limit }),
    );
    expect(page.body[pagination.items]).toEqual([]);
  });
});

describe("the examples dataset", () => {
  const examples = createMockCloud({ operations });
  test.each(
    pagingOperations.map(
      (operation) => [`${operation.service} ${operation.operationId}`, operation] as const,
    ),
  )("%s: the first page holds the spec example's items", async (_, operation) => {
    const example = successSchema(operation).examples[0] as Record<string, unknown>;
    const page = await get(examples, listPath(operation, {}));
    expect(page.body[operation.pagination!.items]).toEqual(example[operation.pagination!.items]);
  });
});

describe("filters", () => {
  const gauss = pagingOperations.find((operation) => operation.operationId === "ListImmediateJobs")!;
  const dcs = pagingOperations.find((operation) => operation.operationId === "ListCenterTask")!;

  test("a query parameter named like an item field keeps the matching items", async () => {
    const page = await get(mock, listPath(gauss, { status: "Failed", limit: 50 }));
    const jobs = page.body.jobs as { status: string }[];
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((job) => job.status === "Failed")).toBe(true);
    expect(Number(page.body.total_count)).toBe(jobs.length);
  });

  test("start_time and end_time bound the items' start times", async () => {
    const all = (await get(mock, listPath(dcs, { limit: 1000 }))).body.tasks as { created_at: string }[];
    const window = all.slice(10, 20).map((task) => Date.parse(task.created_at));
    const compact = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace(/\D/g, "");
    const from = Math.ceil(Math.min(...window) / 1000) * 1000;
    const to = Math.floor(Math.max(...window) / 1000) * 1000;
    const page = await get(
      mock,
      listPath(dcs, { limit: 1000, start_time: compact(from), end_time: compact(to) }),
    );
    const times = (page.body.tasks as { created_at: string }[]).map((task) => Date.parse(task.created_at));
    expect(times.length).toBeGreaterThan(5);
    expect(times.every((ms) => ms >= from && ms <= to + 999)).toBe(true);
  });

  test("order=ASC lists the oldest first", async () => {
    const dws = pagingOperations.find((operation) => operation.service === "dws")!;
    const desc = (await get(mock, listPath(dws, { limit: 100 }))).body.logical_cluster_tasks as unknown[];
    const asc = (await get(mock, listPath(dws, { limit: 100, order: "ASC" }))).body
      .logical_cluster_tasks as unknown[];
    expect(asc).toEqual([...desc].reverse());
  });
});

describe("x-hwcloud-pagination rules the schema does not state are enforced too", () => {
  /** DCS with the limit parameter's schema bounds removed, so only x-hwcloud-pagination (maxLimit 1000) limits it. */
  function dcsWithPlainLimit(limitValues?: number[]) {
    const dcs = loadOperations().filter((operation) => operation.service === "dcs");
    const operation = dcs.find((o) => o.pathTemplate === "/v2/{project_id}/tasks") as Mutable<MockOperation>;
    operation.parameters = operation.parameters.map((parameter) =>
      parameter.name === "limit" ? { ...parameter, schema: { type: "integer" } } : parameter,
    );
    if (limitValues) operation.pagination = { ...operation.pagination!, limitValues };
    return createMockCloud({ operations: dcs });
  }

  test.each([
    [
      "a page size outside limitValues",
      dcsWithPlainLimit([10, 20]),
      "/v2/p/tasks?limit=15",
      /limit must be one of 10, 20/,
    ],
    ["a page size above maxLimit", dcsWithPlainLimit(), "/v2/p/tasks?limit=1001", /limit must be <= 1000/],
  ])("%s", async (_, mock, path, message) => {
    expect(await get(mock, path)).toMatchObject({
      status: 400,
      body: { error_msg: expect.stringMatching(message) },
    });
  });
});
