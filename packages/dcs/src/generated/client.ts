// generated from specs/dcs.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

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

/** Parameters of ListCenterTask (GET /v2/{project_id}/tasks); project_id defaults to the client's. */
export type ListCenterTaskParams = OperationParams<operations["ListCenterTask"], "start_time" | "end_time">;
/** The 200 body of ListCenterTask. */
export type ListCenterTaskResponse = OperationResult<operations["ListCenterTask"]>;
/** One element of ListCenterTask's `tasks`, as `paginate.listCenterTask` yields it. */
export type ListCenterTaskItem = NonNullable<ListCenterTaskResponse["tasks"]>[number];

/** Parameters of ShowJobInfo (GET /v2/{project_id}/jobs/{job_id}); project_id defaults to the client's. */
export type ShowJobInfoParams = OperationParams<operations["ShowJobInfo"]>;
/** The 200 body of ShowJobInfo. */
export type ShowJobInfoResponse = OperationResult<operations["ShowJobInfo"]>;

/**
 * A client for Huawei Cloud DCS (task centre and jobs): one method per operation, plus the openapi-fetch
 * methods (GET, use, ...).
 */
export interface DcsClient extends ServiceClient<paths> {
  /** List task-centre tasks (ListCenterTask: GET /v2/{project_id}/tasks). */
  listCenterTask(
    params?: ListCenterTaskParams,
    options?: RequestOptions,
  ): OperationPromise<ListCenterTaskResponse>;
  /** Show a tenant job's result (ShowJobInfo: GET /v2/{project_id}/jobs/{job_id}). */
  showJobInfo(params: ShowJobInfoParams, options?: RequestOptions): OperationPromise<ShowJobInfoResponse>;
  /** Async iterators over every item (and, with `.pages()`, every page) of the list operations. */
  readonly paginate: {
    /** Every item of ListCenterTask, fetching pages as the loop advances. */
    listCenterTask(
      params?: ListCenterTaskParams,
      options?: RequestOptions,
    ): Paginator<ListCenterTaskItem, ListCenterTaskResponse>;
  };
  /**
   * Polls showJobInfo until `status` is SUCCESS (resolves with that body)
   * or FAIL (rejects with a WaiterError carrying `fail_reason`).
   */
  waitForJob(jobId: string, options?: WaitOptions): Promise<ShowJobInfoResponse>;
}

/**
 * Creates a Huawei Cloud DCS (task centre and jobs) client.
 * Requests are signed with `credentials`; `{project_id}` is filled from `projectId` when a call leaves it
 * out; `endpoint` wins over `region`.
 */
export function createDcsClient(options: ClientOptions = {}): DcsClient {
  // Typed from the descriptor: a member the interface above declares differently fails to compile here.
  return createServiceClient<paths, typeof descriptor, DcsClient>(descriptor, options);
}

/** The operation methods of DcsClient alone (no GET/use, paginate or waiters). */
export type DcsOperationsClient = Pick<DcsClient, "listCenterTask" | "showJobInfo">;

/**
 * Creates a Huawei Cloud DCS (task centre and jobs) client with the operation methods only: the same
 * signing, retries and errors as `createDcsClient`, without the raw openapi-fetch client, paginators
 * or waiters, so a browser bundle carries none of their code.
 */
export function createDcsOperationsClient(options: ClientOptions = {}): DcsOperationsClient {
  return createOperationsClient<paths, typeof operationsDescriptor, DcsOperationsClient>(
    operationsDescriptor,
    options,
  );
}
