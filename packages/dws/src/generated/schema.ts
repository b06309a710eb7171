// generated from specs/dws.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

export interface paths {
  "/v2/{project_id}/clusters/{cluster_id}/logical-clusters/tasks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List logical cluster tasks
     * @description Returns one page of the tasks run on the logical clusters of a cluster, optionally filtered by logical cluster name and task type, and sorted.
     */
    get: operations["ListLogicalClusterTasks"];
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
    /** @description One page of logical cluster tasks. */
    ListLogicalClusterTasksResponse: {
      /** @description The tasks on this page. */
      logical_cluster_tasks?: components["schemas"]["LogicalClusterTaskInfo"][];
      /**
       * Format: int64
       * @description Number of tasks that match the query, across all pages.
       */
      count?: number;
    };
    /** @description Kind of logical cluster task; a kind added later arrives (and may be sent) as its own string. */
    TaskType:
      | "Switch"
      | "Create"
      | "Expand"
      | "Restart"
      | "Delete"
      | "Shrink"
      | "Grow"
      | "Start"
      | "Stop"
      | "ShrinkElasticGroup"
      | "elasticExpand"
      | (string & {});
    /** @description One task run on a logical cluster. */
    LogicalClusterTaskInfo: {
      type?: components["schemas"]["TaskType"];
      /** @description Name of the logical cluster the task ran on. */
      logical_cluster_name?: string;
      /** @description When the task started ("yyyy-MM-dd HH:mm:ss" in the page's example). */
      start_time?: string;
      /** @description When the task ended ("yyyy-MM-dd HH:mm:ss" in the page's example). */
      end_time?: string;
      /** @description Outcome of the task, e.g. success or failed. */
      result?: string;
      /** @description Execution log of the task. */
      log?: string;
    };
  };
  responses: {
    /** @description The request is invalid. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description Authentication failed. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The caller lacks permission for this request. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The cluster or resource does not exist. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The service failed while handling the request. */
    InternalError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The service is temporarily unavailable. */
    ServiceUnavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ListLogicalClusterTasks: {
    parameters: {
      query?: {
        /**
         * @description Zero-based page index (page number minus one), not an item count.
         * @example 0
         */
        offset?: number;
        /**
         * @description Page size.
         * @example 10
         */
        limit?: number;
        /**
         * @description Only tasks of the logical cluster with this name.
         * @example test_logical
         */
        logical_cluster_name?: string;
        /**
         * @description Only tasks of this type. Known types: Switch (physical to logical cluster), Create, Expand (from the elastic pool), Restart, Delete, Shrink (into the elastic pool), Grow (from outside), Start, Stop, ShrinkElasticGroup (out of the elastic pool) and elasticExpand (automatic); other strings are sent as given.
         * @example Expand
         */
        type?: components["schemas"]["TaskType"];
        /**
         * @description Field to sort by, e.g. startTime.
         * @example startTime
         */
        order_by?: string;
        /**
         * @description Sort direction.
         * @example DESC
         */
        order?: "ASC" | "DESC";
      };
      header?: never;
      path: {
        /**
         * @description Project the cluster belongs to (one project per region per account).
         * @example 9b06d044ea4f49f1a58b2bed2b0084bd
         */
        project_id: string;
        /**
         * @description Id of a DWS cluster, a 36-character UUID.
         * @example 9b7ff56b-47b3-4d00-a1fd-4c023d34404b
         */
        cluster_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of logical cluster tasks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListLogicalClusterTasksResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
}
