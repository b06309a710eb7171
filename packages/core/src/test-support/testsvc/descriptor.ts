// generated from packages/core/src/test-support/spec/testsvc.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

import { regionTable, type ServiceDescriptor } from "@hwcloud/core";

const regions = /* @__PURE__ */ regionTable("https://testsvc.{region}.myhuaweicloud.com", [
  "cn-north-4",
  "ap-southeast-1",
]);

/** What the runtime needs to know about Test Service: endpoints, operations, paging, time formats, waiters. */
export const descriptor = {
  service: "testsvc",
  regions,
  operations: {
    listTasks: {
      operationId: "ListTasks",
      method: "GET",
      path: "/v2/{project_id}/tasks",
      pagination: {
        offsetParam: "offset",
        limitParam: "limit",
        unit: "item",
        first: 0,
        items: "tasks",
        total: "count",
      },
      timeFormats: {
        start_time: "yyyyMMddHHmmss",
        end_time: "yyyy-MM-ddTHH:mm:ssZ",
      },
    },
    listJobs: {
      operationId: "ListJobs",
      method: "GET",
      path: "/v3/{project_id}/jobs",
      pagination: {
        offsetParam: "offset",
        limitParam: "limit",
        unit: "page",
        first: 1,
        items: "jobs",
        total: "total_count",
        limitValues: [10, 20, 50],
      },
    },
    showJob: {
      operationId: "ShowJob",
      method: "GET",
      path: "/v2/{project_id}/jobs/{job_id}",
    },
    createThing: {
      operationId: "CreateThing",
      method: "POST",
      path: "/v2/{project_id}/things",
    },
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

/** What the operation methods alone read (createOperationsClient): endpoints, operations and time formats. */
export const operationsDescriptor = {
  service: "testsvc",
  regions,
  operations: {
    listTasks: {
      operationId: "ListTasks",
      method: "GET",
      path: "/v2/{project_id}/tasks",
      timeFormats: {
        start_time: "yyyyMMddHHmmss",
        end_time: "yyyy-MM-ddTHH:mm:ssZ",
      },
    },
    listJobs: {
      operationId: "ListJobs",
      method: "GET",
      path: "/v3/{project_id}/jobs",
    },
    showJob: {
      operationId: "ShowJob",
      method: "GET",
      path: "/v2/{project_id}/jobs/{job_id}",
    },
    createThing: {
      operationId: "CreateThing",
      method: "POST",
      path: "/v2/{project_id}/things",
    },
  },
} as const satisfies ServiceDescriptor;
