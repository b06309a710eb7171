// generated from specs/gaussdb-mysql.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

import { createOperationsClient, createServiceClient } from "@hwcloud/core";
import type {
  ClientOptions,
  OperationParams,
  OperationPromise,
  OperationResult,
  Paginator,
  RequestOptions,
  ServiceClient,
} from "@hwcloud/core";
import { descriptor, operationsDescriptor } from "./descriptor.js";
import type { operations, paths } from "./schema.js";

/** Parameters of ListImmediateJobs (GET /v3/{project_id}/immediate-jobs); project_id defaults to the client's. */
export type ListImmediateJobsParams = OperationParams<
  operations["ListImmediateJobs"],
  "start_time" | "end_time"
>;
/** The 200 body of ListImmediateJobs. */
export type ListImmediateJobsResponse = OperationResult<operations["ListImmediateJobs"]>;
/** One element of ListImmediateJobs's `jobs`, as `paginate.listImmediateJobs` yields it. */
export type ListImmediateJobsItem = NonNullable<ListImmediateJobsResponse["jobs"]>[number];

/**
 * A client for Huawei Cloud GaussDB for MySQL (instant jobs): one method per operation, plus the openapi-fetch
 * methods (GET, use, ...).
 */
export interface GaussdbMysqlClient extends ServiceClient<paths> {
  /** List instant jobs (ListImmediateJobs: GET /v3/{project_id}/immediate-jobs). */
  listImmediateJobs(
    params?: ListImmediateJobsParams,
    options?: RequestOptions,
  ): OperationPromise<ListImmediateJobsResponse>;
  /** Async iterators over every item (and, with `.pages()`, every page) of the list operations. */
  readonly paginate: {
    /** Every item of ListImmediateJobs, fetching pages as the loop advances. */
    listImmediateJobs(
      params?: ListImmediateJobsParams,
      options?: RequestOptions,
    ): Paginator<ListImmediateJobsItem, ListImmediateJobsResponse>;
  };
}

/**
 * Creates a Huawei Cloud GaussDB for MySQL (instant jobs) client.
 * Requests are signed with `credentials`; `{project_id}` is filled from `projectId` when a call leaves it
 * out; `endpoint` wins over `region`.
 */
export function createGaussdbMysqlClient(options: ClientOptions = {}): GaussdbMysqlClient {
  // Typed from the descriptor: a member the interface above declares differently fails to compile here.
  return createServiceClient<paths, typeof descriptor, GaussdbMysqlClient>(descriptor, options);
}

/** The operation methods of GaussdbMysqlClient alone (no GET/use, paginate or waiters). */
export type GaussdbMysqlOperationsClient = Pick<GaussdbMysqlClient, "listImmediateJobs">;

/**
 * Creates a Huawei Cloud GaussDB for MySQL (instant jobs) client with the operation methods only: the same
 * signing, retries and errors as `createGaussdbMysqlClient`, without the raw openapi-fetch client, paginators
 * or waiters, so a browser bundle carries none of their code.
 */
export function createGaussdbMysqlOperationsClient(
  options: ClientOptions = {},
): GaussdbMysqlOperationsClient {
  return createOperationsClient<paths, typeof operationsDescriptor, GaussdbMysqlOperationsClient>(
    operationsDescriptor,
    options,
  );
}
