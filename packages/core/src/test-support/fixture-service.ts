import { createServiceClient } from "../client.js";
import type { ServiceDescriptor } from "../descriptor.js";
import type {
  ClientOptions,
  OperationParams,
  OperationPromise,
  OperationResult,
  Paginator,
  RequestOptions,
  ServiceClient,
  WaitOptions,
} from "../types.js";

/** A small hand-written service in the shape the generator emits: descriptor data plus openapi-typescript types. */
export const descriptor = {
  service: "testsvc",
  regions: {
    "cn-north-4": "https://testsvc.cn-north-4.myhuaweicloud.com",
    "ap-southeast-1": "https://testsvc.ap-southeast-1.myhuaweicloud.com/",
  },
  operations: {
    listTasks: {
      operationId: "ListTasks",
      method: "GET",
      path: "/v2/{project_id}/tasks",
      pagination: {
        offsetParam: "offset",
        limitParam: "limit",
        unit: "item",
        first: 0,
        items: "tasks",
        total: "count",
      },
      timeFormats: { start_time: "yyyyMMddHHmmss", end_time: "yyyy-MM-ddTHH:mm:ssZ" },
    },
    listJobs: {
      operationId: "ListJobs",
      method: "GET",
      path: "/v3/{project_id}/jobs",
      pagination: {
        offsetParam: "offset",
        limitParam: "limit",
        unit: "page",
        first: 1,
        items: "jobs",
        total: "total_count",
        limitValues: [10, 20, 50],
      },
    },
    showJob: { operationId: "ShowJob", method: "GET", path: "/v2/{project_id}/jobs/{job_id}" },
    createThing: { operationId: "CreateThing", method: "POST", path: "/v2/{project_id}/things" },
  },
  waiters: {
    waitForJob: {
      operation: "showJob",
      idParam: "job_id",
      statusField: "status",
      success: ["SUCCESS"],
      failure: ["FAIL", "FAILED"],
      reasonField: "fail_reason",
    },
  },
} as const satisfies ServiceDescriptor;

export interface Task {
  id: string;
  name?: string;
}

export interface operations {
  ListTasks: {
    parameters: {
      query?: { offset?: number; limit?: number; start_time?: string; end_time?: string };
      header?: never;
      path: { project_id: string };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": { tasks?: Task[]; count?: number } };
      };
      400: {
        headers: { [name: string]: unknown };
        content: { "application/json": { error_code: string; error_msg: string } };
      };
    };
  };
  ListJobs: {
    parameters: {
      query?: { offset?: string; limit?: string };
      header: { "X-Language"?: string; "X-Trace": string };
      path: { project_id: string };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": { jobs?: { id: string }[]; total_count?: string } };
      };
    };
  };
  ShowJob: {
    parameters: {
      query?: never;
      header?: never;
      path: { project_id: string; job_id: string };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { "application/json": { job_id?: string; status?: string; fail_reason?: string | null } };
      };
    };
  };
  CreateThing: {
    parameters: { query?: never; header?: never; path: { project_id: string }; cookie?: never };
    requestBody: { content: { "application/json": { name: string } } };
    responses: {
      202: { headers: { [name: string]: unknown }; content: { "application/json": { id: string } } };
    };
  };
}

export interface paths {
  "/v2/{project_id}/tasks": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["ListTasks"];
  };
  "/v3/{project_id}/jobs": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["ListJobs"];
  };
  "/v2/{project_id}/jobs/{job_id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["ShowJob"];
  };
  "/v2/{project_id}/things": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: operations["CreateThing"];
  };
}

export type ListTasksParams = OperationParams<operations["ListTasks"], "start_time" | "end_time">;
export type ListTasksResponse = OperationResult<operations["ListTasks"]>;
export type ListJobsParams = OperationParams<operations["ListJobs"]>;
export type ListJobsResponse = OperationResult<operations["ListJobs"]>;
export type ShowJobParams = OperationParams<operations["ShowJob"]>;
export type ShowJobResponse = OperationResult<operations["ShowJob"]>;
export type CreateThingParams = OperationParams<operations["CreateThing"]>;
export type CreateThingResponse = OperationResult<operations["CreateThing"]>;

/** What the generator's client.ts declares for a service. */
export interface TestClient extends ServiceClient<paths> {
  listTasks(params?: ListTasksParams, options?: RequestOptions): OperationPromise<ListTasksResponse>;
  listJobs(params: ListJobsParams, options?: RequestOptions): OperationPromise<ListJobsResponse>;
  showJob(params: ShowJobParams, options?: RequestOptions): OperationPromise<ShowJobResponse>;
  createThing(params: CreateThingParams, options?: RequestOptions): OperationPromise<CreateThingResponse>;
  readonly paginate: {
    listTasks(params?: ListTasksParams, options?: RequestOptions): Paginator<Task, ListTasksResponse>;
    listJobs(params: ListJobsParams, options?: RequestOptions): Paginator<{ id: string }, ListJobsResponse>;
  };
  waitForJob(jobId: string, options?: WaitOptions): Promise<ShowJobResponse>;
}

/**
 * The transport the behaviour suites run on: the core project runs them on node:http, core-fetch (the same
 * files, HWCLOUD_TEST_TRANSPORT=fetch) on the global fetch. A test passing its own `fetch` uses that.
 */
export const testTransport: "node-http" | "fetch" =
  process.env.HWCLOUD_TEST_TRANSPORT === "fetch" ? "fetch" : "node-http";

export function createTestClient(options: ClientOptions): TestClient {
  return createServiceClient<paths, typeof descriptor, TestClient>(descriptor, {
    transport: testTransport,
    ...options,
  });
}
