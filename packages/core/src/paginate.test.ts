import { afterEach, describe, expect, it } from "vitest";
import { DEFAULTS } from "./defaults.js";
import { HuaweiCloudConfigError, HuaweiCloudError } from "./errors.js";
import { HuaweiCloudPaginationError } from "./pagination-error.js";
import { createPaginator } from "./paginate.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { json, startServer, type SeenRequest, type TestServer } from "./test-support/server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const tasks = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t${i}` }));
const ids = (items: { id: string }[]) => items.map((item) => item.id);

/** An offset/limit list of `total` tasks; `withTotal` controls whether `count` is sent. */
function taskList(total: number, withTotal = true) {
  const all = tasks(total);
  return (req: SeenRequest, res: Parameters<typeof json>[0]) => {
    const offset = Number(req.query.offset ?? 0);
    const limit = Number(req.query.limit ?? 3);
    json(res, 200, { tasks: all.slice(offset, offset + limit), ...(withTotal ? { count: total } : {}) });
  };
}

function client() {
  return createTestClient({ endpoint: server!.url, projectId: "p", credentials: "none", maxRetries: 0 });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const offsets = () => server!.requests.map((r) => r.query.offset);

describe("paginate (offset counted in items)", () => {
  it("walks every page and stops when the total is reached", async () => {
    server = await startServer(taskList(4));
    const items = await collect(client().paginate.listTasks({ query: { limit: 2 } }));
    expect(ids(items)).toEqual(["t0", "t1", "t2", "t3"]);
    expect(offsets()).toEqual(["0", "2"]);
    expect(server.requests.map((r) => r.query.limit)).toEqual(["2", "2"]);
  });

  it("without a total, walks on past a short page and stops on the first empty one", async () => {
    server = await startServer(taskList(5, false));
    expect(ids(await collect(client().paginate.listTasks({ query: { limit: 2 } })))).toHaveLength(5);
    expect(offsets()).toEqual(["0", "2", "4", "5"]);
  });

  it("stops on an empty page when the last page was full", async () => {
    server = await startServer(taskList(4, false));
    expect(ids(await collect(client().paginate.listTasks({ query: { limit: 2 } })))).toHaveLength(4);
    expect(offsets()).toEqual(["0", "2", "4"]);
  });

  it("starts at the caller's offset and counts the skipped items toward the total", async () => {
    server = await startServer(taskList(5));
    expect(ids(await collect(client().paginate.listTasks({ query: { offset: 2, limit: 2 } })))).toEqual([
      "t2",
      "t3",
      "t4",
    ]);
    expect(offsets()).toEqual(["2", "4"]);
  });

  it("learns the page size from the first page when no limit is sent", async () => {
    server = await startServer(taskList(7, false));
    expect(ids(await collect(client().paginate.listTasks()))).toHaveLength(7);
    expect(offsets()).toEqual(["0", "3", "6", "7"]);
    expect(server.requests[0]!.query).not.toHaveProperty("limit");
  });

  it("never loops on a service that ignores the offset", async () => {
    server = await startServer((_req, res) => json(res, 200, { tasks: tasks(2) }));
    const items = await collect(client().paginate.listTasks({ query: { limit: 2 } }));
    expect(ids(items)).toEqual(["t0", "t1"]);
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ["caps pages at 3 while 10 are asked for", 3, 10, 20],
    ["returns pages of 8 whatever the limit", 8, 50, 50],
  ])(
    "walks on from what was received when the service %s, until the total",
    async (_name, cap, limit, total) => {
      const all = tasks(total);
      server = await startServer((req, res) => {
        const offset = Number(req.query.offset);
        json(res, 200, {
          tasks: all.slice(offset, offset + Math.min(cap, Number(req.query.limit))),
          count: total,
        });
      });
      const items = await collect(client().paginate.listTasks({ query: { limit } }));
      expect(ids(items)).toEqual(ids(all));
      expect(server.requests).toHaveLength(Math.ceil(total / cap));
    },
  );

  it("ends with HuaweiCloudPaginationError after maxPages pages of ever-changing content", async () => {
    let n = 0;
    // Ignores the offset, and its content changes on every call, with a total it never reaches.
    server = await startServer((_req, res) => json(res, 200, { tasks: [{ id: `t${n++}` }], count: 1e9 }));
    const c = createTestClient({
      endpoint: server.url,
      projectId: "p",
      credentials: "none",
      maxRetries: 0,
      maxPages: 7,
    });
    const error = await collect(c.paginate.listTasks()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudPaginationError);
    expect(error).toMatchObject({ kind: "pagination", pages: 7, operation: "ListTasks" });
    expect(server.requests).toHaveLength(7);
  });

  it("documents a default page cap of 1000", () => {
    expect(DEFAULTS.paging.maxPages).toBe(1000);
  });

  it("stops on a page repeating one of the recent pages (a service cycling between two pages)", async () => {
    server = await startServer((req, res) =>
      json(res, 200, { tasks: [{ id: Number(req.query.offset) % 2 === 0 ? "a" : "b" }], count: 1e9 }),
    );
    const items = await collect(client().paginate.listTasks({ query: { limit: 1 } }));
    expect(ids(items)).toEqual(["a", "b"]);
    expect(server.requests).toHaveLength(3);
  });

  it("remembers only the last 3 pages, so memory does not grow with the listing", async () => {
    // A page equal to one 4 pages back (two tasks sharing an id in a long listing) is not taken for a repeat:
    // only the recent fingerprints are kept. Pages: a b c d a b, then the total is reached.
    const pages = ["a", "b", "c", "d", "a", "b"];
    server = await startServer((req, res) =>
      json(res, 200, { tasks: [{ id: pages[Number(req.query.offset)] }], count: pages.length }),
    );
    const items = await collect(client().paginate.listTasks({ query: { limit: 1 } }));
    expect(ids(items)).toEqual(pages);
  });

  it("yields whole pages from pages()", async () => {
    server = await startServer(taskList(3));
    const pages = await collect(
      client()
        .paginate.listTasks({ query: { limit: 2 } })
        .pages(),
    );
    expect(pages).toEqual([
      { tasks: [{ id: "t0" }, { id: "t1" }], count: 3 },
      { tasks: [{ id: "t2" }], count: 3 },
    ]);
  });

  it("sends nothing more when the loop breaks early", async () => {
    server = await startServer(taskList(10));
    for await (const task of client().paginate.listTasks({ query: { limit: 2 } })) {
      if (task.id === "t1") break;
    }
    expect(server.requests).toHaveLength(1);
  });

  it("keeps other parameters, formatting Dates, on every page", async () => {
    server = await startServer(taskList(3));
    const start = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    await collect(client().paginate.listTasks({ query: { limit: 2, start_time: start } }));
    expect(server.requests.map((r) => r.query.start_time)).toEqual(["20240102030405", "20240102030405"]);
  });

  it("can be iterated twice, starting over", async () => {
    server = await startServer(taskList(2));
    const paginator = client().paginate.listTasks({ query: { limit: 5 } });
    expect(await collect(paginator)).toHaveLength(2);
    expect(await collect(paginator)).toHaveLength(2);
    expect(offsets()).toEqual(["0", "0"]);
  });

  it("rejects with the page's HuaweiCloudError", async () => {
    server = await startServer((req, res) =>
      req.query.offset === "0"
        ? taskList(5)(req, res)
        : json(res, 400, { error_code: "X.400", error_msg: "bad" }),
    );
    const paginator = client().paginate.listTasks({ query: { limit: 2 } });
    await expect(collect(paginator)).rejects.toBeInstanceOf(HuaweiCloudError);
  });
});

describe("paginate (offset counted in pages, string offsets, limit values)", () => {
  function jobList(total: number) {
    const all = tasks(total);
    return (req: SeenRequest, res: Parameters<typeof json>[0]) => {
      const page = Number(req.query.offset ?? 1);
      const limit = Number(req.query.limit ?? 10);
      json(res, 200, { jobs: all.slice((page - 1) * limit, page * limit), total_count: String(total) });
    };
  }

  it("counts pages from 1, sends the offset as a string, and stops at the string total", async () => {
    server = await startServer(jobList(25));
    const items = await collect(
      client().paginate.listJobs({ query: { offset: "1", limit: "10" }, header: { "X-Trace": "x" } }),
    );
    expect(items).toHaveLength(25);
    expect(offsets()).toEqual(["1", "2", "3"]);
  });

  it("stops at the total when it is a multiple of the page size", async () => {
    server = await startServer(jobList(20));
    const items = await collect(
      client().paginate.listJobs({ query: { limit: "10" }, header: { "X-Trace": "x" } }),
    );
    expect(items).toHaveLength(20);
    expect(offsets()).toEqual(["1", "2"]);
  });

  it.each([
    ["a limit outside limitValues", { limit: "15" }, /query\.limit must be one of 10, 20, 50, got "15"/],
    ["an offset below the first page", { offset: "0" }, /query\.offset must be a number >= 1, got "0"/],
    ["a non-numeric offset", { offset: "abc" }, /query\.offset must be a number >= 1/],
  ])("refuses %s before sending", async (_name, query, message) => {
    server = await startServer(jobList(1));
    // The generated types refuse these values already; the runtime must refuse them for untyped callers too.
    const create = () => client().paginate.listJobs({ query, header: { "X-Trace": "x" } } as never);
    expect(create).toThrow(HuaweiCloudConfigError);
    expect(create).toThrow(message);
    expect(server.requests).toHaveLength(0);
  });
});

describe("paginate (a page offset the service counts in items, as DWS's sibling APIs do)", () => {
  const paging = {
    offsetParam: "offset",
    limitParam: "limit",
    unit: "page",
    first: 0,
    items: "tasks",
    total: "count",
  } as const;
  /** A service that reads `offset` as items to skip, although the descriptor says pages. */
  const itemCounting =
    (total: number, withTotal = true) =>
    async (params: { query?: Record<string, unknown> }) => {
      const offset = Number(params.query?.offset);
      const limit = Number(params.query?.limit);
      return { tasks: tasks(total).slice(offset, offset + limit), ...(withTotal ? { count: total } : {}) };
    };
  const walk = async (fetchPage: ReturnType<typeof itemCounting>, query: Record<string, unknown>) => {
    const paginator = createPaginator<{ id: string }, unknown>(
      "ListTasks",
      paging,
      fetchPage,
      { query },
      undefined,
    );
    return ids(await collect(paginator));
  };

  it.each([
    ["with a total", 25, true],
    ["without a total", 25, false],
    ["a list that fits one page and one item", 11, true],
  ])("lists every item once, in order, %s", async (_name, total, withTotal) => {
    expect(await walk(itemCounting(total, withTotal), { limit: 10 })).toEqual(ids(tasks(total)));
  });

  it("counts from a given starting offset as items once it knows", async () => {
    expect(await walk(itemCounting(25), { limit: 10, offset: 3 })).toEqual(ids(tasks(25)).slice(3));
  });

  it("still pages by page numbers when the service does (no overlap between pages)", async () => {
    const seen: unknown[] = [];
    const pageCounting = async (params: { query?: Record<string, unknown> }) => {
      seen.push(params.query?.offset);
      const page = Number(params.query?.offset);
      return { tasks: tasks(25).slice(page * 10, page * 10 + 10), count: 25 };
    };
    expect(await walk(pageCounting, { limit: 10 })).toEqual(ids(tasks(25)));
    expect(seen).toEqual([0, 1, 2]);
  });
});
