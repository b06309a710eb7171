// generated from packages/core/src/test-support/spec/testsvc.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

import { regionTable, type ServiceDescriptor } from "@hwcloud/core";

const regions = /* @__PURE__ */ regionTable("https://testsvc.{region}.myhuaweicloud.com", [
  "cn-north-4",
  "ap-southeast-1",
]);

const listTasksOperation = {
  operationId: "ListTasks",
  method: "GET",
  path: "/v2/{project_id}/tasks",
  timeFormats: {
    start_time: "yyyyMMddHHmmss",
    end_time: "yyyy-MM-ddTHH:mm:ssZ",
  },
} as const;

const listJobsOperation = {
  operationId: "ListJobs",
  method: "GET",
  path: "/v3/{project_id}/jobs",
} as const;

const showJobOperation = {
  operationId: "ShowJob",
  method: "GET",
  path: "/v2/{project_id}/jobs/{job_id}",
} as const;

const createThingOperation = {
  operationId: "CreateThing",
  method: "POST",
  path: "/v2/{project_id}/things",
} as const;

/** What the operation methods alone read (createOperationsClient): endpoints, operations and time formats. */
export const operationsDescriptor = {
  service: "testsvc",
  regions,
  operations: {
    listTasks: listTasksOperation,
    listJobs: listJobsOperation,
    showJob: showJobOperation,
    createThing: createThingOperation,
  },
} as const satisfies ServiceDescriptor;

/** What the runtime needs to know about Test Service: endpoints, operations, paging, time formats, waiters. */
export const descriptor = {
  service: "testsvc",
  regions,
  operations: {
    listTasks: /* @__PURE__ */ Object.assign(
      {
        pagination: {
          offsetParam: "offset",
          limitParam: "limit",
          unit: "item",
          first: 0,
          items: "tasks",
          total: "count",
        },
      } as const,
      listTasksOperation,
    ),
    listJobs: /* @__PURE__ */ Object.assign(
      {
        pagination: {
          offsetParam: "offset",
          limitParam: "limit",
          unit: "page",
          first: 1,
          items: "jobs",
          total: "total_count",
          limitValues: [10, 20, 50],
        },
      } as const,
      listJobsOperation,
    ),
    showJob: showJobOperation,
    createThing: createThingOperation,
  },
  waiters: {
    waitForJob: {
      operation: "showJob",
      idParam: "job_id",
      statusField: "status",
      success: ["SUCCESS"],
      failure: ["FAIL", "FAILED"],
      reasonField: "fail_reason",
    },
  },
} as const satisfies ServiceDescriptor;
