// generated from specs/dcs.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

import { regionTable, type ServiceDescriptor } from "@hwcloud/core";

const regions = /* @__PURE__ */ regionTable("https://dcs.{region}.myhuaweicloud.com", [
  "af-south-1",
  "cn-north-2",
  "cn-north-4",
  "cn-north-1",
  "cn-east-2",
  "cn-east-3",
  "cn-south-1",
  "cn-south-2",
  "cn-southwest-2",
  "ap-southeast-2",
  "ap-southeast-1",
  "ap-southeast-3",
  "ru-northwest-2",
  "sa-brazil-1",
  "la-north-2",
  "la-south-2",
  "cn-north-9",
  "na-mexico-1",
  "ae-ad-1",
  "tr-west-1",
  "ap-southeast-4",
  "eu-west-101",
  "me-east-1",
  "eu-west-0",
  "cn-east-5",
  "my-kualalumpur-1",
  "ru-moscow-1",
  "cn-east-4",
  "ap-southeast-5",
  "cn-north-12",
]);

const listCenterTaskOperation = {
  operationId: "ListCenterTask",
  method: "GET",
  path: "/v2/{project_id}/tasks",
  timeFormats: {
    start_time: "yyyyMMddHHmmss",
    end_time: "yyyyMMddHHmmss",
  },
} as const;

const showJobInfoOperation = {
  operationId: "ShowJobInfo",
  method: "GET",
  path: "/v2/{project_id}/jobs/{job_id}",
} as const;

/** What the operation methods alone read (createOperationsClient): endpoints, operations and time formats. */
export const operationsDescriptor = {
  service: "dcs",
  regions,
  operations: { listCenterTask: listCenterTaskOperation, showJobInfo: showJobInfoOperation },
} as const satisfies ServiceDescriptor;

/** What the runtime needs to know about Huawei Cloud DCS (task centre and jobs): endpoints, operations, paging, time formats, waiters. */
export const descriptor = {
  service: "dcs",
  regions,
  operations: {
    listCenterTask: /* @__PURE__ */ Object.assign(
      {
        pagination: {
          offsetParam: "offset",
          limitParam: "limit",
          unit: "item",
          first: 0,
          items: "tasks",
          total: "task_count",
          defaultLimit: 10,
          maxLimit: 1000,
        },
      } as const,
      listCenterTaskOperation,
    ),
    showJobInfo: showJobInfoOperation,
  },
  waiters: {
    waitForJob: {
      operation: "showJobInfo",
      idParam: "job_id",
      statusField: "status",
      success: ["SUCCESS"],
      failure: ["FAIL"],
      reasonField: "fail_reason",
    },
  },
} as const satisfies ServiceDescriptor;
