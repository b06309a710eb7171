// generated from packages/core/src/test-support/spec/testsvc.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

export interface paths {
  "/v2/{project_id}/tasks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List tasks, counted in items */
    get: operations["ListTasks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/{project_id}/jobs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List jobs, counted in pages, with paging values and the total as strings */
    get: operations["ListJobs"];
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
    /** Show a job */
    get: operations["ShowJob"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/things": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a thing from a JSON body */
    post: operations["CreateThing"];
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
    Task: {
      id: string;
      name?: string;
    };
    ErrorResponse: {
      error_code: string;
      error_msg: string;
    };
  };
  responses: never;
  parameters: {
    ProjectId: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ListTasks: {
    parameters: {
      query?: {
        offset?: number;
        limit?: number;
        start_time?: string;
        end_time?: string;
      };
      header?: never;
      path: {
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
          "application/json": {
            tasks?: components["schemas"]["Task"][];
            count?: number;
          };
        };
      };
      /** @description The request failed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
    };
  };
  ListJobs: {
    parameters: {
      query?: {
        offset?: string;
        limit?: "10" | "20" | "50";
      };
      header: {
        "X-Language"?: string;
        "X-Trace": string;
      };
      path: {
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of jobs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            jobs?: {
              id: string;
            }[];
            total_count?: string;
          };
        };
      };
    };
  };
  ShowJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project_id: components["parameters"]["ProjectId"];
        job_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            job_id?: string;
            status?: string;
            fail_reason?: string | null;
          };
        };
      };
    };
  };
  CreateThing: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
        };
      };
    };
    responses: {
      /** @description The thing is being created. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
    };
  };
}
