import {
  createDcsClient,
  createDcsOperationsClient,
  HuaweiCloudApiError,
  HuaweiCloudError,
  type ClientOptions,
  type StatusFamily,
  type components,
  type ListCenterTaskItem,
  type ListCenterTaskResponse,
  type Paginator,
  type ShowJobInfoResponse,
} from "@hwcloud/dcs";
import { createDwsClient, type ListLogicalClusterTasksItem } from "@hwcloud/dws";
import {
  createGaussdbMysqlClient,
  type ListImmediateJobsItem,
  type ListImmediateJobsResponse,
} from "@hwcloud/gaussdb-mysql";
import { createKafkaClient, type ListBackgroundTasksItem } from "@hwcloud/kafka";
import { describe, expectTypeOf, it } from "vitest";

// Type-level guarantees of the generated packages, read through their published .d.ts files.
const options: ClientOptions = { region: "cn-north-4", credentials: { ak: "ak", sk: "sk" } };
const dcs = createDcsClient(options);
const dws = createDwsClient(options);
const gaussdb = createGaussdbMysqlClient(options);
const kafka = createKafkaClient(options);

/**
 * Mutual assignability. expect-type's toEqualTypeOf misreads the `(string & {})` member of an open value list,
 * so types holding one are compared with this, and `Lists` proves the known values are union members (which a
 * plain `string` would not have).
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Exclude, not NonNullable: NonNullable<T> is T & {}, which folds `(string & {})` back into string.
type Lists<T, Known extends string> = Same<Extract<Exclude<T, null | undefined>, Known>, Known>;

describe("parameters", () => {
  it("lets a call with no required parameter omit params, and requires them otherwise", () => {
    void dcs.listCenterTask();
    void gaussdb.listImmediateJobs();
    // @ts-expect-error job_id is a required path parameter
    void dcs.showJobInfo();
    // @ts-expect-error job_id is a required path parameter
    void dcs.showJobInfo({ path: {} });
    // @ts-expect-error cluster_id is a required path parameter
    void dws.listLogicalClusterTasks();
    // @ts-expect-error instance_id is a required path parameter
    void kafka.listBackgroundTasks({ query: { limit: 10 } });
    void dws.listLogicalClusterTasks({ path: { cluster_id: "c" } });
    void kafka.listBackgroundTasks({ path: { instance_id: "i" } });
  });

  it("makes project_id optional in the path and still accepts it", () => {
    void dcs.showJobInfo({ path: { job_id: "j" } });
    void dcs.showJobInfo({ path: { job_id: "j", project_id: "p" } });
  });

  it("accepts only the documented enum values", () => {
    void gaussdb.listImmediateJobs({
      query: { limit: "50", status: "Failed" },
      header: { "X-Language": "zh-cn" },
    });
    // @ts-expect-error GaussDB takes only "10", "20" or "50"
    void gaussdb.listImmediateJobs({ query: { limit: "30" } });
    // @ts-expect-error GaussDB's limit is a string
    void gaussdb.listImmediateJobs({ query: { limit: 20 } });
    // @ts-expect-error not a documented job state
    void gaussdb.listImmediateJobs({ query: { status: "Done" } });
    // @ts-expect-error not a documented language
    void gaussdb.listImmediateJobs({ header: { "X-Language": "fr-fr" } });
    void dws.listLogicalClusterTasks({ path: { cluster_id: "c" }, query: { order: "ASC" } });
    // @ts-expect-error order is ASC or DESC
    void dws.listLogicalClusterTasks({ path: { cluster_id: "c" }, query: { order: "asc" } });
  });

  it("accepts a Date or a string for time parameters, and a Date nowhere else", () => {
    const now = new Date();
    void dcs.listCenterTask({ query: { start_time: now, end_time: "20240101000000" } });
    void gaussdb.listImmediateJobs({ query: { start_time: now, end_time: now } });
    void kafka.listBackgroundTasks({ path: { instance_id: "i" }, query: { begin_time: now, end_time: now } });
    // @ts-expect-error a time is a Date or a formatted string, not epoch milliseconds
    void dcs.listCenterTask({ query: { start_time: now.getTime() } });
    // @ts-expect-error offset is not a time parameter
    void dcs.listCenterTask({ query: { offset: now } });
    // @ts-expect-error unknown query parameters are refused
    void dcs.listCenterTask({ query: { page: 1 } });
  });
});

describe("responses", () => {
  it("resolves each method to its 200 body", () => {
    expectTypeOf(dcs.listCenterTask()).resolves.toEqualTypeOf<ListCenterTaskResponse>();
    expectTypeOf(dcs.showJobInfo({ path: { job_id: "j" } })).resolves.toEqualTypeOf<ShowJobInfoResponse>();
    expectTypeOf<ListCenterTaskResponse>().toEqualTypeOf<components["schemas"]["ListCenterTaskResponse"]>();
  });

  it("keeps nullable fields nullable", () => {
    expectTypeOf<null>().toExtend<ShowJobInfoResponse["fail_reason"]>();
    expectTypeOf<null>().toExtend<ListCenterTaskItem["details"]>();
    expectTypeOf<null>().toExtend<ListImmediateJobsItem["fail_reason"]>();
    expectTypeOf<null>().not.toExtend<ShowJobInfoResponse["job_id"]>();
  });

  it("types both shapes of a field the service sends as a number or a string", () => {
    expectTypeOf<ListCenterTaskResponse["task_count"]>().toEqualTypeOf<string | number | undefined>();
  });
});

describe("paging and waiting", () => {
  it("pages list operations item by item, with typed pages", () => {
    expectTypeOf(dcs.paginate.listCenterTask()).toEqualTypeOf<
      Paginator<ListCenterTaskItem, ListCenterTaskResponse>
    >();
    expectTypeOf(dws.paginate.listLogicalClusterTasks({ path: { cluster_id: "c" } })).toExtend<
      AsyncIterable<ListLogicalClusterTasksItem>
    >();
    // @ts-expect-error showJobInfo does not page
    void dcs.paginate.showJobInfo;
  });

  it("waits for a DCS job by id and resolves to the job", () => {
    expectTypeOf(dcs.waitForJob("job-id")).resolves.toEqualTypeOf<ShowJobInfoResponse>();
    void dcs.waitForJob("job-id", { maxWaitTime: 60_000, interval: 1_000 });
    // @ts-expect-error the job id is a string
    void dcs.waitForJob(42);
    // @ts-expect-error only DCS declares a waiter
    void gaussdb.waitForJob("job-id");
  });
});

describe("the operations-only factory", () => {
  it("has the operation methods, typed as on the full client, and nothing else", () => {
    const operations = createDcsOperationsClient(options);
    expectTypeOf(operations.listCenterTask).toEqualTypeOf(dcs.listCenterTask);
    expectTypeOf(
      operations.showJobInfo({ path: { job_id: "j" } }),
    ).resolves.toEqualTypeOf<ShowJobInfoResponse>();
    // @ts-expect-error no paginators
    void operations.paginate;
    // @ts-expect-error no waiters
    void operations.waitForJob;
    // @ts-expect-error no raw openapi-fetch methods
    void operations.GET;
  });
});

describe("the openapi-fetch surface", () => {
  it("types GET by path, as openapi-fetch does", async () => {
    const { data } = await dcs.GET("/v2/{project_id}/jobs/{job_id}", {
      params: { path: { project_id: "p", job_id: "j" } },
    });
    // Open value fields excepted: openapi-fetch 0.17's Readable maps `(string & {})` as an object
    // (openapi-ts/openapi-typescript#2765); the generated methods do not go through it.
    type Closed<T> = Omit<T, "status" | "job_type">;
    expectTypeOf<Closed<NonNullable<typeof data>>>().toEqualTypeOf<Closed<ShowJobInfoResponse>>();
    // @ts-expect-error not a DCS path
    void dcs.GET("/v3/{project_id}/immediate-jobs", {});
  });

  it("leaves project_id to the client's projectId on raw calls, and still takes an explicit one", () => {
    void dcs.GET("/v2/{project_id}/tasks");
    void dcs.GET("/v2/{project_id}/tasks", { params: { query: { limit: 10 } } });
    void dcs.GET("/v2/{project_id}/tasks", { params: { path: { project_id: "p" } } });
    void dcs.GET("/v2/{project_id}/jobs/{job_id}", { params: { path: { job_id: "j" } } });
    // @ts-expect-error job_id is still required
    void dcs.GET("/v2/{project_id}/jobs/{job_id}", { params: { path: {} } });
  });

  it("exports HuaweiCloudError with the fields callers branch on", () => {
    expectTypeOf<HuaweiCloudError["status"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<HuaweiCloudError["errorCode"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<HuaweiCloudError["requestId"]>().toEqualTypeOf<string | undefined>();
  });

  it("takes no options at all (credentials, region and project id then come from the environment)", () => {
    expectTypeOf(createDcsClient).parameter(0).toEqualTypeOf<ClientOptions | undefined>();
    expectTypeOf(createDcsClient).toBeCallableWith();
    expectTypeOf(createDcsClient).toBeCallableWith({ region: "cn-north-4" });
  });

  it("types withResponse() on operation methods", () => {
    const dcs = createDcsClient();
    expectTypeOf(dcs.listCenterTask().withResponse()).resolves.toMatchTypeOf<{
      data: { tasks?: unknown };
      response: { status: number; requestId: string | undefined; attempts: number; retryDelayMs: number };
    }>();
    expectTypeOf(dcs.listCenterTask()).resolves.not.toHaveProperty("response");
  });

  it("types HuaweiCloudApiError's status family", () => {
    expectTypeOf<HuaweiCloudApiError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<HuaweiCloudApiError["statusFamily"]>().toEqualTypeOf<StatusFamily>();
    expectTypeOf<HuaweiCloudApiError<{ error_code: string }>["body"]>().toEqualTypeOf<{
      error_code: string;
    }>();
  });
});

describe("open response values", () => {
  it("types GaussDB job states, job names and instance states as known values plus any string", () => {
    expectTypeOf<
      Same<
        ListImmediateJobsItem["status"],
        "Pending" | "Running" | "Completed" | "Failed" | (string & {}) | undefined
      >
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Lists<ListImmediateJobsItem["instance_status"], "normal" | "deleted">
    >().toEqualTypeOf<true>();
    expectTypeOf<
      Lists<ListImmediateJobsItem["job_name"], "CloseGaussDBforMySQLProxy">
    >().toEqualTypeOf<true>();
    const addedLater: ListImmediateJobsItem = { status: "Archived", job_name: "SomeNewGaussDBforMySQLJob" };
    void addedLater;
  });

  it("keeps the GaussDB request filters closed to the values the page lists", () => {
    void gaussdb.listImmediateJobs({ query: { status: "Running", job_name: "CloseGaussDBforMySQLProxy" } });
    // @ts-expect-error not a status the page lists
    void gaussdb.listImmediateJobs({ query: { status: "Archived" } });
    // @ts-expect-error not a job name the page lists
    void gaussdb.listImmediateJobs({ query: { job_name: "SomeNewGaussDBforMySQLJob" } });
  });

  it("types the values the official SDKs know where the page lists none", () => {
    expectTypeOf<
      Lists<ShowJobInfoResponse["status"], "INIT" | "RUNNING" | "SUCCESS" | "FAIL">
    >().toEqualTypeOf<true>();
    expectTypeOf<Lists<ShowJobInfoResponse["job_type"], "masterStandbySwapJob">>().toEqualTypeOf<true>();
    expectTypeOf<Lists<ListBackgroundTasksItem["status"], "CREATED" | "CANCELLED">>().toEqualTypeOf<true>();
    expectTypeOf<
      Lists<ListLogicalClusterTasksItem["type"], "Switch" | "elasticExpand">
    >().toEqualTypeOf<true>();
    void dws.listLogicalClusterTasks({ path: { cluster_id: "c" }, query: { type: "ShrinkElasticGroup" } });
    void dws.listLogicalClusterTasks({ path: { cluster_id: "c" }, query: { type: "AddedLater" } });
  });

  it("types the fields the service sends beyond the page", () => {
    expectTypeOf<ListImmediateJobsItem["show_detail"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<
      Same<
        NonNullable<ListImmediateJobsResponse["action_names"]>[number],
        NonNullable<ListImmediateJobsItem["job_name"]>
      >
    >().toEqualTypeOf<true>();
  });
});
