import { describe, expectTypeOf, it } from "vitest";
import type { Paginator, RequestOptions, WaitOptions } from "./types.js";
import type {
  CreateThingParams,
  ListJobsParams,
  ListTasksParams,
  ListTasksResponse,
  ShowJobParams,
  ShowJobResponse,
  Task,
  TestClient,
} from "./test-support/fixture-service.js";

declare const client: TestClient;

describe("OperationParams", () => {
  it("makes project_id optional and keeps other path parameters required", () => {
    expectTypeOf<ShowJobParams>().toEqualTypeOf<{ path: { job_id: string; project_id?: string } }>();
    // @ts-expect-error job_id is required
    const missing: ShowJobParams = { path: {} };
    void missing;
  });

  it("makes path optional when project_id is its only parameter", () => {
    expectTypeOf<{}>().toExtend<ListTasksParams>();
  });

  it("accepts a Date for time parameters only", () => {
    expectTypeOf<{ query: { start_time: Date } }>().toExtend<ListTasksParams>();
    expectTypeOf<{ query: { start_time: string } }>().toExtend<ListTasksParams>();
    expectTypeOf<{ query: { limit: Date } }>().not.toExtend<ListTasksParams>();
  });

  it("requires header when a header parameter is required", () => {
    expectTypeOf<{ header: { "X-Trace": string } }>().toExtend<ListJobsParams>();
    expectTypeOf<{}>().not.toExtend<ListJobsParams>();
  });

  it("carries the request body for operations that take one", () => {
    expectTypeOf<CreateThingParams>().toEqualTypeOf<{
      path?: { project_id?: string };
      body: { name: string };
    }>();
  });
});

describe("OperationResult and the client", () => {
  it("resolves operation methods to the 200 JSON body, keeping nullable fields nullable", () => {
    expectTypeOf(client.showJob({ path: { job_id: "j" } })).resolves.toEqualTypeOf<ShowJobResponse>();
    expectTypeOf<ShowJobResponse["fail_reason"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf(client.listTasks()).resolves.toEqualTypeOf<ListTasksResponse>();
  });

  it("types paginators by item and page", () => {
    expectTypeOf(client.paginate.listTasks()).toEqualTypeOf<Paginator<Task, ListTasksResponse>>();
    expectTypeOf(client.paginate.listTasks()).toExtend<AsyncIterable<Task>>();
  });

  it("lets raw calls leave project_id to the client and still accepts an explicit one", () => {
    void client.GET("/v2/{project_id}/tasks");
    void client.GET("/v2/{project_id}/tasks", { params: { query: { limit: 10 } } });
    void client.GET("/v2/{project_id}/tasks", { params: { path: { project_id: "p-1" } } });
    void client.GET("/v2/{project_id}/jobs/{job_id}", { params: { path: { job_id: "j" } } });
    void client.GET("/v2/{project_id}/jobs/{job_id}", { params: { path: { job_id: "j", project_id: "p" } } });
    void client.POST("/v2/{project_id}/things", { body: { name: "n" } });
    // @ts-expect-error job_id is still required
    void client.GET("/v2/{project_id}/jobs/{job_id}", { params: { path: {} } });
    // @ts-expect-error project_id must be a string when given
    void client.GET("/v2/{project_id}/tasks", { params: { path: { project_id: 1 } } });
    // @ts-expect-error the body is still required
    void client.POST("/v2/{project_id}/things", {});
  });

  it("types raw answers as before", async () => {
    const { data } = await client.GET("/v2/{project_id}/jobs/{job_id}", {
      params: { path: { job_id: "j" } },
    });
    expectTypeOf(data).toEqualTypeOf<ShowJobResponse | undefined>();
  });

  it("keeps the openapi-fetch methods typed by path", () => {
    expectTypeOf(client.GET).toBeFunction();
    // @ts-expect-error not a path of this service
    void client.GET("/v2/{project_id}/nope", {});
  });
});

describe("WaitOptions", () => {
  it("names the total wait maxWaitTime, apart from the per-attempt timeout of RequestOptions", () => {
    expectTypeOf<WaitOptions["maxWaitTime"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RequestOptions["timeout"]>().toEqualTypeOf<number | undefined>();
    void client.waitForJob("j", { maxWaitTime: 60_000, interval: 1_000 });
    // The deprecated name still compiles for one minor release.
    void client.waitForJob("j", { timeout: 60_000 });
    // @ts-expect-error not a wait option
    void client.waitForJob("j", { maxWait: 60_000 });
  });
});
