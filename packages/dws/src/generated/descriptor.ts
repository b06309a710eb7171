// generated from specs/dws.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

import { regionTable, type ServiceDescriptor } from "@hwcloud/core";

const regions = /* @__PURE__ */ regionTable(
  "https://dws.{region}.myhuaweicloud.com",
  [
    "eu-west-101",
    "cn-north-9",
    "cn-east-3",
    "cn-east-2",
    "cn-north-1",
    "cn-north-4",
    "cn-southwest-2",
    "cn-north-2",
    "cn-south-1",
    "cn-south-4",
    "cn-north-12",
    "cn-east-4",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "af-south-1",
    "la-south-2",
    "sa-brazil-1",
    "na-mexico-1",
    "la-north-2",
    "tr-west-1",
    "ap-southeast-4",
    "cn-east-5",
    "af-north-1",
    "ru-moscow-1",
    "ae-ad-1",
    "my-kualalumpur-1",
    "cn-north-11",
    "cn-southwest-3",
    "ap-southeast-5",
    "me-east-1",
  ],
  {
    "eu-west-101": "https://dws.eu-west-101.myhuaweicloud.eu",
    "cn-south-4": "https://dws.cn-south-4.myhuaweicloud.cn",
    "cn-north-12": "https://dws.cn-north-12.myhuaweicloud.cn",
    "cn-east-4": "https://dws.cn-east-4.myhuaweicloud.cn",
    "tr-west-1": "https://dws.tr-west-1.myhuaweicloud.cn",
    "ap-southeast-4": "https://dws.ap-southeast-4.myhuaweicloud.cn",
  },
);

const listLogicalClusterTasksOperation = {
  operationId: "ListLogicalClusterTasks",
  method: "GET",
  path: "/v2/{project_id}/clusters/{cluster_id}/logical-clusters/tasks",
} as const;

/** What the operation methods alone read (createOperationsClient): endpoints, operations and time formats. */
export const operationsDescriptor = {
  service: "dws",
  regions,
  operations: { listLogicalClusterTasks: listLogicalClusterTasksOperation },
} as const satisfies ServiceDescriptor;

/** What the runtime needs to know about Huawei Cloud DWS (logical cluster tasks): endpoints, operations, paging, time formats, waiters. */
export const descriptor = {
  service: "dws",
  regions,
  operations: {
    listLogicalClusterTasks: /* @__PURE__ */ Object.assign(
      {
        pagination: {
          offsetParam: "offset",
          limitParam: "limit",
          unit: "page",
          first: 0,
          items: "logical_cluster_tasks",
          total: "count",
          defaultLimit: 10,
        },
      } as const,
      listLogicalClusterTasksOperation,
    ),
  },
} as const satisfies ServiceDescriptor;
