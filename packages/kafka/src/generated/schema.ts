// generated from specs/kafka.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

export interface paths {
  "/v2/{project_id}/instances/{instance_id}/tasks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an instance's background tasks
     * @description Returns a window of the background tasks run on one Kafka instance, optionally limited to a UTC time window. Unlike most Huawei list APIs, paging uses start/limit and the window uses begin_time/end_time.
     */
    get: operations["ListBackgroundTasks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Common Huawei Cloud error body. */
    ErrorResponse: {
      /** @description Service error code. */
      error_code: string;
      /** @description Human-readable explanation of the error. */
      error_msg: string;
      /** @description Extra detail, when the service sends any. */
      error_ext_msg?: string | null;
    };
    /** @description A window of background tasks. */
    ListBackgroundTasksResponse: {
      /** @description Number of tasks that match the query, across all windows, as a decimal string. */
      task_count?: string;
      /** @description The tasks in this window. */
      tasks?: components["schemas"]["BackgroundTask"][];
    };
    /** @description One background task of a Kafka instance. */
    BackgroundTask: {
      /** @description Id of the task. */
      id?: string;
      /** @description Kind of task, e.g. modifyAutoTopic or changeRetentionPolicy. */
      name?: string;
      /** @description Name of the user who started the task. */
      user_name?: string;
      /** @description Id of the user who started the task. */
      user_id?: string;
      /** @description Task parameters as a JSON document in a string. */
      params?: string;
      /** @description Task state: CREATED, EXECUTING, SUCCESS, FAILED, CANCELLED or DELETED; a state added later arrives as its own string. */
      status?: "CREATED" | "SUCCESS" | "FAILED" | "DELETED" | "EXECUTING" | "CANCELLED" | (string & {});
      /** @description When the task started, ISO 8601 UTC with milliseconds. */
      created_at?: string;
      /** @description When the task ended or last changed, ISO 8601 UTC with milliseconds. */
      updated_at?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ListBackgroundTasks: {
    parameters: {
      query?: {
        /**
         * @description Position of the first task to return, counting tasks from 1 (not a page number): the next window starts at start plus the number of tasks received.
         * @example 1
         */
        start?: number;
        /**
         * @description How many tasks to return, 1 to 100.
         * @example 10
         */
        limit?: number;
        /**
         * @description Only tasks at or after this UTC instant, written as 14 digits (year to second).
         * @example 20200515000000
         */
        begin_time?: string;
        /**
         * @description Only tasks at or before this UTC instant, written as 14 digits (year to second).
         * @example 20200516000000
         */
        end_time?: string;
      };
      header?: never;
      path: {
        /**
         * @description Project the instance belongs to (one project per region per account).
         * @example 0c5dbbd3b3d44ad4a9c4d5ac5e4b25d7
         */
        project_id: string;
        /**
         * @description Id of the Kafka instance.
         * @example 5c7f4a0e-8ad2-4ac9-a3e6-8f6d9c0b1a2b
         */
        instance_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A window of background tasks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListBackgroundTasksResponse"];
        };
      };
      /** @description The request was rejected (invalid, unauthenticated, forbidden or not found). */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      /** @description The service failed while handling the request. */
      "5XX": {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
    };
  };
}
