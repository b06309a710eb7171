// generated from specs/dcs.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

export interface paths {
  "/v2/{project_id}/tasks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List task-centre tasks
     * @description Returns one page of the background tasks recorded for the project (spec changes, public access, replicas, whitelists and so on), optionally limited to a UTC time window.
     */
    get: operations["ListCenterTask"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/jobs/{job_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show a tenant job's result
     * @description Returns the state of one asynchronous job (for example a master/standby switchover). Poll it until `status` is final: known values are INIT and RUNNING while the job is in progress, then SUCCESS or FAIL. The Chinese page leaves the status list empty; the values come from the English edition of the same page and from huaweicloud/terraform-provider-huaweicloud, which treats SUCCESS and FAIL as final.
     */
    get: operations["ShowJobInfo"];
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
    /** @description Error body shared by DCS failures. */
    ErrorResponse: {
      /** @description Service error code, e.g. 111400063. */
      error_code: string;
      /** @description Human-readable explanation of the error. */
      error_msg: string;
      /** @description Reserved for extra detail; the service currently sends null. */
      error_ext_msg?: string | null;
    };
    /** @description One page of task-centre tasks. */
    ListCenterTaskResponse: {
      /** @description Number of tasks that match the query, across all pages. */
      task_count?: string | number;
      /** @description The tasks on this page. */
      tasks?: components["schemas"]["ListCenterTasksResp"][];
    };
    /** @description One background task from the task centre. */
    ListCenterTasksResp: {
      /** @description Id of the background task. */
      id?: string;
      /** @description Kind of task. Values listed by the page: EXTEND (spec change), BindEip and UnBindEip (public access on or off), AddReplica, DelReplica, AddWhitelist, UpdatePort, RemoveIpFromDns, masterStandbySwapJob, modify (password change). */
      name?: string;
      /** @description Task-specific detail; null for tasks that carry none. */
      details?: components["schemas"]["DetailsBody"] | null;
      /** @description Name of the user who started the task. */
      user_name?: string;
      /** @description Id of the user who started the task. */
      user_id?: string;
      /** @description Task parameters, serialized as text. */
      params?: string;
      /** @description Task state, e.g. SUCCESS. */
      status?: string;
      /** @description When the task started, ISO 8601 UTC with milliseconds (2020-06-17T07:38:42.503Z). */
      created_at?: string;
      /** @description When the task ended, ISO 8601 UTC with milliseconds. */
      updated_at?: string;
      /** @description Error code recorded for the task. */
      error_code?: string;
      /** @description Whether the task has step-by-step progress that can be expanded. */
      enable_show?: boolean;
      /** @description Id of the job behind the task (usable with ShowJobInfo). */
      job_id?: string;
    };
    /** @description Extra facts about a task; each field is filled only for the kind of task it concerns. */
    DetailsBody: {
      /** @description Capacity before a spec change, in GB. */
      old_capacity?: string | number;
      /** @description Capacity after a spec change, in GB. */
      new_capacity?: string | number;
      /** @description Whether public access was turned on (public-access tasks only). */
      enable_public_ip?: boolean;
      /** @description Id of the bound elastic IP (public-access tasks only). */
      public_ip_id?: string;
      /** @description Address of the bound elastic IP (public-access tasks only). */
      public_ip_address?: string;
      /** @description Whether SSL was turned on (SSL tasks only). */
      enable_ssl?: boolean;
      /** @description Instance type before a spec change. */
      old_cache_mode?: string;
      /** @description Instance type after a spec change. */
      new_cache_mode?: string;
      /** @description Flavour code before a spec change. */
      old_resource_spec_code?: string;
      /** @description Flavour code after a spec change. */
      new_resource_spec_code?: string;
      /**
       * Format: int32
       * @description Replica count before a spec change.
       */
      old_replica_num?: number;
      /**
       * Format: int32
       * @description Replica count after a spec change.
       */
      new_replica_num?: number;
      /** @description Cache type before a spec change. */
      old_cache_type?: string;
      /** @description Cache type after a spec change. */
      new_cache_type?: string;
      /** @description Address of the replica concerned. */
      replica_ip?: string;
      /** @description Availability zone of the replica concerned. */
      replica_az?: string;
      /** @description Name of the shard group concerned. */
      group_name?: string;
      /**
       * Format: int32
       * @description Port before a port change.
       */
      old_port?: number;
      /**
       * Format: int32
       * @description Port after a port change.
       */
      new_port?: number;
      /** @description Whether the change only switched the billing mode. */
      is_only_adjust_charging?: boolean;
      /** @description Account name concerned. */
      account_name?: string;
      /** @description Source address. */
      source_ip?: string;
      /** @description Target address. */
      target_ip?: string;
      /** @description Node concerned. */
      node_name?: string;
      /** @description Commands that were renamed. */
      rename_commands?: string[];
      /**
       * Format: int32
       * @description Number of configuration items that were updated.
       */
      updated_config_length?: number;
    };
    /** @description State of one asynchronous job. */
    ShowJobInfoResponse: {
      /** @description Id of the job. */
      job_id?: string;
      /** @description Kind of job: masterStandbySwapJob (master/standby switchover), modifyClientIpTransJob (client IP pass-through change), or a kind added later, as its own string. */
      job_type?: "masterStandbySwapJob" | "modifyClientIpTransJob" | (string & {});
      /** @description Job state: INIT and RUNNING while the job is in progress, then SUCCESS or FAIL; a state added later arrives as its own string. */
      status?: "INIT" | "RUNNING" | "SUCCESS" | "FAIL" | (string & {});
      /** @description When the job started, as Unix epoch milliseconds in a string. */
      begin_time?: string;
      /** @description When the job ended, as Unix epoch milliseconds in a string. */
      end_time?: string;
      /** @description Why the job failed; null when it did not fail. */
      fail_reason?: string | null;
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
    /** @description The credentials were missing or not accepted. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The caller may not perform this request. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The job does not exist. */
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
  };
  parameters: {
    /**
     * @description Project the resources belong to (one project per region per account).
     * @example a4d31cb6-3d72-4fdc-8ec9-6e3a41e47f71
     */
    ProjectId: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ListCenterTask: {
    parameters: {
      query?: {
        /**
         * @description Number of tasks to skip before the page starts (0 is the first task).
         * @example 0
         */
        offset?: number;
        /**
         * @description Page size. The service uses 10 when it is left out.
         * @example 10
         */
        limit?: number;
        /**
         * @description Only tasks at or after this UTC instant, written as 14 digits (year to second).
         * @example 20200609160000
         */
        start_time?: string;
        /**
         * @description Only tasks at or before this UTC instant, written as 14 digits (year to second).
         * @example 20230612155959
         */
        end_time?: string;
      };
      header?: never;
      path: {
        /**
         * @description Project the resources belong to (one project per region per account).
         * @example a4d31cb6-3d72-4fdc-8ec9-6e3a41e47f71
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of tasks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListCenterTaskResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      500: components["responses"]["InternalError"];
    };
  };
  ShowJobInfo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project the resources belong to (one project per region per account).
         * @example a4d31cb6-3d72-4fdc-8ec9-6e3a41e47f71
         */
        project_id: components["parameters"]["ProjectId"];
        /**
         * @description Id of the job, as returned by the call that started it.
         * @example ff8080818822bbf70188235afc24141a
         */
        job_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job's current state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ShowJobInfoResponse"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalError"];
    };
  };
}
