// generated from specs/kafka.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

import { regionTable, type ServiceDescriptor } from "@hwcloud/core";

const regions = /* @__PURE__ */ regionTable(
  "https://dms.{region}.myhuaweicloud.com",
  [
    "eu-west-101",
    "cn-north-1",
    "cn-north-2",
    "cn-north-4",
    "cn-east-3",
    "cn-east-2",
    "cn-south-1",
    "cn-south-2",
    "cn-southwest-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "af-south-1",
    "ru-northwest-2",
    "cn-north-9",
    "la-south-2",
    "sa-brazil-1",
    "la-north-2",
    "na-mexico-1",
    "ap-southeast-4",
    "tr-west-1",
    "ae-ad-1",
    "eu-west-0",
    "me-east-1",
    "cn-east-5",
    "my-kualalumpur-1",
    "cn-east-4",
    "af-north-1",
    "ap-southeast-5",
    "ru-moscow-1",
    "cn-south-4",
    "cn-north-12",
    "cn-north-11",
    "cn-southwest-3",
  ],
  { "eu-west-101": "https://dms.eu-west-101.myhuaweicloud.eu" },
);

const listBackgroundTasksOperation = {
  operationId: "ListBackgroundTasks",
  method: "GET",
  path: "/v2/{project_id}/instances/{instance_id}/tasks",
  timeFormats: {
    begin_time: "yyyyMMddHHmmss",
    end_time: "yyyyMMddHHmmss",
  },
} as const;

/** What the operation methods alone read (createOperationsClient): endpoints, operations and time formats. */
export const operationsDescriptor = {
  service: "kafka",
  regions,
  operations: { listBackgroundTasks: listBackgroundTasksOperation },
} as const satisfies ServiceDescriptor;

/** What the runtime needs to know about Huawei Cloud DMS for Kafka (background tasks): endpoints, operations, paging, time formats, waiters. */
export const descriptor = {
  service: "kafka",
  regions,
  operations: {
    listBackgroundTasks: /* @__PURE__ */ Object.assign(
      {
        pagination: {
          offsetParam: "start",
          limitParam: "limit",
          unit: "item",
          first: 1,
          items: "tasks",
          total: "task_count",
          maxLimit: 100,
        },
      } as const,
      listBackgroundTasksOperation,
    ),
  },
} as const satisfies ServiceDescriptor;
