// generated from specs/gaussdb-mysql.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

export interface paths {
  "/v3/{project_id}/immediate-jobs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List instant jobs
     * @description Returns one page of the project's instant jobs, optionally filtered by state, job name, job id and a creation time window.
     */
    get: operations["ListImmediateJobs"];
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
    /** @description Error body of GaussDB for MySQL failures. */
    ErrorResponse: {
      /** @description Service error code. */
      error_code: string;
      /** @description Human-readable explanation of the error. */
      error_msg: string;
      /** @description Extra detail, when the service sends any (not documented on this page). */
      error_ext_msg?: string | null;
    };
    /**
     * @description Kind of instant job to filter by, exactly as the service spells it (the values the page lists).
     * @enum {string}
     */
    JobName:
      | "CreateGaussDBforMySQLInstance"
      | "RestoreGaussDBforMySQLNewInstance"
      | "AddGaussDBforMySQLNodes"
      | "DeleteGaussDBforMySQLNode"
      | "RebootGaussDBforMySQLInstance"
      | "ModifyGaussDBforMySQLPort"
      | "ModifyGaussDBforMySQLSecurityGroup"
      | "ResizeGaussDBforMySQLFlavor"
      | "SwitchoverGaussDBforMySQLMasterNode"
      | "GaussDBforMySQLBindEIP"
      | "GaussDBforMySQLUnbindEIP"
      | "RenameGaussDBforMySQLInstance"
      | "DeleteGaussDBforMySQLInstance"
      | "UpgradeGaussDBforMySQLDatabaseVersion"
      | "EnlargeGaussDBforMySQLProxy"
      | "OpenGaussDBforMySQLProxy"
      | "CloseGaussDBforMySQLProxy"
      | "GaussdbforMySQLModifyProxyIp"
      | "ScaleGaussDBforMySQLProxy"
      | "GaussDBforMySQLModifyInstanceMetricExtend"
      | "GaussDBforMySQLModifyInstanceDataVip"
      | "GaussDBforMySQLSwitchSSL"
      | "GaussDBforMySQLModifyProxyConsist"
      | "GaussDBforMySQLModifyProxyWeight";
    /** @description Kind of instant job, exactly as the service spells it. The listed values are the page's; the service adds kinds over time (see action_names), so any other string may appear too. */
    KnownJobName:
      | "CreateGaussDBforMySQLInstance"
      | "RestoreGaussDBforMySQLNewInstance"
      | "AddGaussDBforMySQLNodes"
      | "DeleteGaussDBforMySQLNode"
      | "RebootGaussDBforMySQLInstance"
      | "ModifyGaussDBforMySQLPort"
      | "ModifyGaussDBforMySQLSecurityGroup"
      | "ResizeGaussDBforMySQLFlavor"
      | "SwitchoverGaussDBforMySQLMasterNode"
      | "GaussDBforMySQLBindEIP"
      | "GaussDBforMySQLUnbindEIP"
      | "RenameGaussDBforMySQLInstance"
      | "DeleteGaussDBforMySQLInstance"
      | "UpgradeGaussDBforMySQLDatabaseVersion"
      | "EnlargeGaussDBforMySQLProxy"
      | "OpenGaussDBforMySQLProxy"
      | "CloseGaussDBforMySQLProxy"
      | "GaussdbforMySQLModifyProxyIp"
      | "ScaleGaussDBforMySQLProxy"
      | "GaussDBforMySQLModifyInstanceMetricExtend"
      | "GaussDBforMySQLModifyInstanceDataVip"
      | "GaussDBforMySQLSwitchSSL"
      | "GaussDBforMySQLModifyProxyConsist"
      | "GaussDBforMySQLModifyProxyWeight"
      | (string & {});
    /** @description One page of instant jobs. */
    ListImmediateJobsResponse: {
      /** @description The jobs on this page. */
      jobs?: components["schemas"]["TaskDetailInfo"][];
      /**
       * Format: int32
       * @description Number of jobs that match the query, across all pages.
       */
      total_count?: number;
      /** @description The job names the project's jobs carry, each usable as the job_name filter; newer than the page, so a client may see it or not. */
      action_names?: components["schemas"]["KnownJobName"][];
    };
    /** @description One instant job. */
    TaskDetailInfo: {
      /** @description Id of the instance the job ran on. */
      instance_id?: string;
      /** @description Name of that instance. */
      instance_name?: string;
      /** @description State of that instance: createfail, creating, normal, abnormal or deleted; a state added later arrives as its own string. */
      instance_status?: "createfail" | "creating" | "normal" | "abnormal" | "deleted" | (string & {});
      /** @description Id of the job. */
      job_id?: string;
      /** @description Id of the order behind the job; empty for pay-per-use work. */
      order_id?: string;
      job_name?: components["schemas"]["KnownJobName"];
      /** @description Job state: Pending (scheduled, not run yet), Running, Completed (succeeded) or Failed; a state added later arrives as its own string. */
      status?: "Pending" | "Running" | "Completed" | "Failed" | (string & {});
      /** @description Progress of the job. */
      process?: string;
      /** @description When the job was created, e.g. 2018-08-06T10:41:14+0000. */
      created_time?: string;
      /** @description When the job ended, in the same form as created_time. */
      ended_time?: string;
      /** @description Why the job failed; null when it did not fail. */
      fail_reason?: string | null;
      /** @description Whether the job has step-by-step detail to show; newer than the page, so it may be absent. */
      show_detail?: boolean;
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
  ListImmediateJobs: {
    parameters: {
      query?: {
        /**
         * @description Only jobs in this state: Running (executing), Completed (succeeded), Failed, or Pending (not run yet).
         * @example Completed
         */
        status?: "Running" | "Completed" | "Failed" | "Pending";
        /**
         * @description Only jobs of this kind. Note the value GaussdbforMySQLModifyProxyIp (proxy address change): its casing differs from the other names and is sent exactly as the service spells it.
         * @example CloseGaussDBforMySQLProxy
         */
        job_name?: components["schemas"]["JobName"];
        /**
         * @description Only the job with this id.
         * @example 7155730b-a60b-4dc0-9f89-3f55897f29d6
         */
        job_id?: string;
        /**
         * @description Page number, starting at 1, as a decimal string. The page words it as a count of records to skip, yet gives 1 as the default; the service (and Huawei's own Terraform provider, which counts 1, 2, 3, ...) treats it as a 1-based page number.
         * @example 1
         */
        offset?: string;
        /**
         * @description Page size, as a decimal string; only 10, 20 and 50 are accepted.
         * @example 10
         */
        limit?: "10" | "20" | "50";
        /**
         * @description Only jobs created at or after this instant, e.g. 2018-08-06T10:41:14+0000 (the offset is written as +hhmm).
         * @example 2018-08-06T10:41:14+0000
         */
        start_time?: string;
        /**
         * @description Only jobs created at or before this instant, in the same form as start_time.
         * @example 2018-08-06T12:41:14+0000
         */
        end_time?: string;
      };
      header?: {
        /**
         * @description Language of messages in the response.
         * @example en-us
         */
        "X-Language"?: "en-us" | "zh-cn";
      };
      path: {
        /**
         * @description Project the instances belong to (one project per region per account).
         * @example 619d3e78f61b4be68bc5aa0b59edcf7b
         */
        project_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of instant jobs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListImmediateJobsResponse"];
        };
      };
      /** @description The request is invalid (client error). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      /** @description The service failed while handling the request. */
      500: {
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
