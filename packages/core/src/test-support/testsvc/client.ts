// generated from packages/core/src/test-support/spec/testsvc.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

import { createOperationsClient, createServiceClient } from "@hwcloud/core";
import type {
  ClientOptions,
  OperationParams,
  OperationPromise,
  OperationResult,
  Paginator,
  RequestOptions,
  ServiceClient,
  WaitOptions,
} from "@hwcloud/core";
import { descriptor, operationsDescriptor } from "./descriptor.js";
import type { operations, paths } from "./schema.js";

/** Parameters of ListTasks (GET /v2/{project_id}/tasks); project_id defaults to the client's. */
export type ListTasksParams = OperationParams<operations["ListTasks"], "start_time" | "end_time">;
/** The 200 body of ListTasks. */
export type ListTasksResponse = OperationResult<operations["ListTasks"]>;
/** One element of ListTasks's `tasks`, as `paginate.listTasks` yields it. */
export type ListTasksItem = NonNullable<ListTasksResponse["tasks"]>[number];

/** Parameters of ListJobs (GET /v3/{project_id}/jobs); project_id defaults to the client's. */
export type ListJobsParams = OperationParams<operations["ListJobs"]>;
/** The 200 body of ListJobs. */
export type ListJobsResponse = OperationResult<operations["ListJobs"]>;
/** One element of ListJobs's `jobs`, as `paginate.listJobs` yields it. */
export type ListJobsItem = NonNullable<ListJobsResponse["jobs"]>[number];

/** Parameters of ShowJob (GET /v2/{project_id}/jobs/{job_id}); project_id defaults to the client's. */
export type ShowJobParams = OperationParams<operations["ShowJob"]>;
/** The 200 body of ShowJob. */
export type ShowJobResponse = OperationResult<operations["ShowJob"]>;

/** Parameters of CreateThing (POST /v2/{project_id}/things); project_id defaults to the client's. */
export type CreateThingParams = OperationParams<operations["CreateThing"]>;
/** The 200 body of CreateThing. */
export type CreateThingResponse = OperationResult<operations["CreateThing"]>;

/**
 * A client for Huawei Cloud Test Service: one method per operation, plus the openapi-fetch
 * methods (GET, use, ...).
 */
export interface TestsvcClient extends ServiceClient<paths> {
  /** List tasks, counted in items (ListTasks: GET /v2/{project_id}/tasks). */
  listTasks(params?: ListTasksParams, options?: RequestOptions): OperationPromise<ListTasksResponse>;
  /** List jobs, counted in pages, with paging values and the total as strings (ListJobs: GET /v3/{project_id}/jobs). */
  listJobs(params: ListJobsParams, options?: RequestOptions): OperationPromise<ListJobsResponse>;
  /** Show a job (ShowJob: GET /v2/{project_id}/jobs/{job_id}). */
  showJob(params: ShowJobParams, options?: RequestOptions): OperationPromise<ShowJobResponse>;
  /** Create a thing from a JSON body (CreateThing: POST /v2/{project_id}/things). */
  createThing(params: CreateThingParams, options?: RequestOptions): OperationPromise<CreateThingResponse>;
  /** Async iterators over every item (and, with `.pages()`, every page) of the list operations. */
  readonly paginate: {
    /** Every item of ListTasks, fetching pages as the loop advances. */
    listTasks(
      params?: ListTasksParams,
      options?: RequestOptions,
    ): Paginator<ListTasksItem, ListTasksResponse>;
    /** Every item of ListJobs, fetching pages as the loop advances. */
    listJobs(params: ListJobsParams, options?: RequestOptions): Paginator<ListJobsItem, ListJobsResponse>;
  };
  /**
   * Polls showJob until `status` is SUCCESS (resolves with that body)
   * or FAIL, FAILED (rejects with a WaiterError carrying `fail_reason`).
   */
  waitForJob(jobId: string, options?: WaitOptions): Promise<ShowJobResponse>;
}

/**
 * Creates a Huawei Cloud Test Service client.
 * Requests are signed with `credentials`; `{project_id}` is filled from `projectId` when a call leaves it
 * out; `endpoint` wins over `region`.
 */
export function createTestsvcClient(options: ClientOptions = {}): TestsvcClient {
  // Typed from the descriptor: a member the interface above declares differently fails to compile here.
  return createServiceClient<paths, typeof descriptor, TestsvcClient>(descriptor, options);
}

/** The operation methods of TestsvcClient alone (no GET/use, paginate or waiters). */
export type TestsvcOperationsClient = Pick<
  TestsvcClient,
  "listTasks" | "listJobs" | "showJob" | "createThing"
>;

/**
 * Creates a Huawei Cloud Test Service client with the operation methods only: the same
 * signing, retries and errors as `createTestsvcClient`, without the raw openapi-fetch client, paginators
 * or waiters, so a browser bundle carries none of their code.
 */
export function createTestsvcOperationsClient(options: ClientOptions = {}): TestsvcOperationsClient {
  return createOperationsClient<paths, typeof operationsDescriptor, TestsvcOperationsClient>(
    operationsDescriptor,
    options,
  );
}
