// generated from specs/kafka.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

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

/** Parameters of ListBackgroundTasks (GET /v2/{project_id}/instances/{instance_id}/tasks); project_id defaults to the client's. */
export type ListBackgroundTasksParams = OperationParams<
  operations["ListBackgroundTasks"],
  "begin_time" | "end_time"
>;
/** The 200 body of ListBackgroundTasks. */
export type ListBackgroundTasksResponse = OperationResult<operations["ListBackgroundTasks"]>;
/** One element of ListBackgroundTasks's `tasks`, as `paginate.listBackgroundTasks` yields it. */
export type ListBackgroundTasksItem = NonNullable<ListBackgroundTasksResponse["tasks"]>[number];

/**
 * A client for Huawei Cloud DMS for Kafka (background tasks): one method per operation, plus the openapi-fetch
 * methods (GET, use, ...).
 */
export interface KafkaClient extends ServiceClient<paths> {
  /** List an instance's background tasks (ListBackgroundTasks: GET /v2/{project_id}/instances/{instance_id}/tasks). */
  listBackgroundTasks(
    params: ListBackgroundTasksParams,
    options?: RequestOptions,
  ): OperationPromise<ListBackgroundTasksResponse>;
  /** Async iterators over every item (and, with `.pages()`, every page) of the list operations. */
  readonly paginate: {
    /** Every item of ListBackgroundTasks, fetching pages as the loop advances. */
    listBackgroundTasks(
      params: ListBackgroundTasksParams,
      options?: RequestOptions,
    ): Paginator<ListBackgroundTasksItem, ListBackgroundTasksResponse>;
  };
}

/**
 * Creates a Huawei Cloud DMS for Kafka (background tasks) client.
 * Requests are signed with `credentials`; `{project_id}` is filled from `projectId` when a call leaves it
 * out; `endpoint` wins over `region`.
 */
export function createKafkaClient(options: ClientOptions = {}): KafkaClient {
  // Typed from the descriptor: a member the interface above declares differently fails to compile here.
  return createServiceClient<paths, typeof descriptor, KafkaClient>(descriptor, options);
}

/** The operation methods of KafkaClient alone (no GET/use, paginate or waiters). */
export type KafkaOperationsClient = Pick<KafkaClient, "listBackgroundTasks">;

/**
 * Creates a Huawei Cloud DMS for Kafka (background tasks) client with the operation methods only: the same
 * signing, retries and errors as `createKafkaClient`, without the raw openapi-fetch client, paginators
 * or waiters, so a browser bundle carries none of their code.
 */
export function createKafkaOperationsClient(options: ClientOptions = {}): KafkaOperationsClient {
  return createOperationsClient<paths, typeof operationsDescriptor, KafkaOperationsClient>(
    operationsDescriptor,
    options,
  );
}
