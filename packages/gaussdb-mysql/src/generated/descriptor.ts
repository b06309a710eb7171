// generated from specs/gaussdb-mysql.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

import { regionTable, type ServiceDescriptor } from "@hwcloud/core";

const regions = /* @__PURE__ */ regionTable(
  "https://gaussdb.{region}.myhuaweicloud.com",
  [
    "cn-north-4",
    "cn-southwest-2",
    "cn-east-3",
    "cn-south-1",
    "ru-northwest-2",
    "ap-southeast-3",
    "cn-north-2",
    "cn-north-9",
    "tr-west-1",
    "ap-southeast-4",
    "sa-brazil-1",
    "ap-southeast-1",
    "ap-southeast-2",
    "af-south-1",
    "cn-south-4",
    "cn-north-11",
    "cn-east-5",
    "la-north-2",
    "cn-southwest-3",
    "me-east-1",
  ],
  {
    "tr-west-1": "https://gaussdbformysql.tr-west-1.myhuaweicloud.com",
    "ap-southeast-1": "https://gaussdbformysql.ap-southeast-1.myhuaweicloud.com",
    "ap-southeast-2": "https://gaussdbformysql.ap-southeast-2.myhuaweicloud.com",
    "af-south-1": "https://gaussdb-mysql.af-south-1.myhuaweicloud.com",
    "cn-north-11": "https://gaussdbformysql.cn-north-11.myhuaweicloud.com",
    "cn-east-5": "https://gaussdb-mysql.cn-east-5.myhuaweicloud.com",
    "la-north-2": "https://gaussdb-mysql.la-north-2.myhuaweicloud.com",
    "cn-southwest-3": "https://gaussdb-mysql.cn-southwest-3.myhuaweicloud.com",
    "me-east-1": "https://gaussdbformysql.me-east-1.myhuaweicloud.com",
  },
);

const listImmediateJobsOperation = {
  operationId: "ListImmediateJobs",
  method: "GET",
  path: "/v3/{project_id}/immediate-jobs",
  timeFormats: {
    start_time: "yyyy-MM-ddTHH:mm:ssZ",
    end_time: "yyyy-MM-ddTHH:mm:ssZ",
  },
} as const;

/** What the operation methods alone read (createOperationsClient): endpoints, operations and time formats. */
export const operationsDescriptor = {
  service: "gaussdb-mysql",
  regions,
  operations: { listImmediateJobs: listImmediateJobsOperation },
} as const satisfies ServiceDescriptor;

/** What the runtime needs to know about Huawei Cloud GaussDB for MySQL (instant jobs): endpoints, operations, paging, time formats, waiters. */
export const descriptor = {
  service: "gaussdb-mysql",
  regions,
  operations: {
    listImmediateJobs: /* @__PURE__ */ Object.assign(
      {
        pagination: {
          offsetParam: "offset",
          limitParam: "limit",
          unit: "page",
          first: 1,
          items: "jobs",
          total: "total_count",
          defaultLimit: 10,
          limitValues: [10, 20, 50],
        },
      } as const,
      listImmediateJobsOperation,
    ),
  },
} as const satisfies ServiceDescriptor;
