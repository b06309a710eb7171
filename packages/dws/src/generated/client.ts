// generated from specs/dws.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

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

/** Parameters of ListLogicalClusterTasks (GET /v2/{project_id}/clusters/{cluster_id}/logical-clusters/tasks); project_id defaults to the client's. */
export type ListLogicalClusterTasksParams = OperationParams<operations["ListLogicalClusterTasks"]>;
/** The 200 body of ListLogicalClusterTasks. */
export type ListLogicalClusterTasksResponse = OperationResult<operations["ListLogicalClusterTasks"]>;
/** One element of ListLogicalClusterTasks's `logical_cluster_tasks`, as `paginate.listLogicalClusterTasks` yields it. */
export type ListLogicalClusterTasksItem = NonNullable<
  ListLogicalClusterTasksResponse["logical_cluster_tasks"]
>[number];

/**
 * A client for Huawei Cloud DWS (logical cluster tasks): one method per operation, plus the openapi-fetch
 * methods (GET, use, ...).
 */
export interface DwsClient extends ServiceClient<paths> {
  /** List logical cluster tasks (ListLogicalClusterTasks: GET /v2/{project_id}/clusters/{cluster_id}/logical-clusters/tasks). */
  listLogicalClusterTasks(
    params: ListLogicalClusterTasksParams,
    options?: RequestOptions,
  ): OperationPromise<ListLogicalClusterTasksResponse>;
  /** Async iterators over every item (and, with `.pages()`, every page) of the list operations. */
  readonly paginate: {
    /** Every item of ListLogicalClusterTasks, fetching pages as the loop advances. */
    listLogicalClusterTasks(
      params: ListLogicalClusterTasksParams,
      options?: RequestOptions,
    ): Paginator<ListLogicalClusterTasksItem, ListLogicalClusterTasksResponse>;
  };
}

/**
 * Creates a Huawei Cloud DWS (logical cluster tasks) client.
 * Requests are signed with `credentials`; `{project_id}` is filled from `projectId` when a call leaves it
 * out; `endpoint` wins over `region`.
 */
export function createDwsClient(options: ClientOptions = {}): DwsClient {
  // Typed from the descriptor: a member the interface above declares differently fails to compile here.
  return createServiceClient<paths, typeof descriptor, DwsClient>(descriptor, options);
}

/** The operation methods of DwsClient alone (no GET/use, paginate or waiters). */
export type DwsOperationsClient = Pick<DwsClient, "listLogicalClusterTasks">;

/**
 * Creates a Huawei Cloud DWS (logical cluster tasks) client with the operation methods only: the same
 * signing, retries and errors as `createDwsClient`, without the raw openapi-fetch client, paginators
 * or waiters, so a browser bundle carries none of their code.
 */
export function createDwsOperationsClient(options: ClientOptions = {}): DwsOperationsClient {
  return createOperationsClient<paths, typeof operationsDescriptor, DwsOperationsClient>(
    operationsDescriptor,
    options,
  );
}
