// generated from specs/dcs.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

import type { ServiceDescriptor } from "@hwcloud/core";

/** What the runtime needs to know about Huawei Cloud DCS (task centre and jobs): endpoints, operations, paging, time formats, waiters. */
export const descriptor = {
  service: "dcs",
  regions: {
    "af-south-1": "https://dcs.af-south-1.myhuaweicloud.com",
    "cn-north-2": "https://dcs.cn-north-2.myhuaweicloud.com",
    "cn-north-4": "https://dcs.cn-north-4.myhuaweicloud.com",
    "cn-north-1": "https://dcs.cn-north-1.myhuaweicloud.com",
    "cn-east-2": "https://dcs.cn-east-2.myhuaweicloud.com",
    "cn-east-3": "https://dcs.cn-east-3.myhuaweicloud.com",
    "cn-south-1": "https://dcs.cn-south-1.myhuaweicloud.com",
    "cn-south-2": "https://dcs.cn-south-2.myhuaweicloud.com",
    "cn-southwest-2": "https://dcs.cn-southwest-2.myhuaweicloud.com",
    "ap-southeast-2": "https://dcs.ap-southeast-2.myhuaweicloud.com",
    "ap-southeast-1": "https://dcs.ap-southeast-1.myhuaweicloud.com",
    "ap-southeast-3": "https://dcs.ap-southeast-3.myhuaweicloud.com",
    "ru-northwest-2": "https://dcs.ru-northwest-2.myhuaweicloud.com",
    "sa-brazil-1": "https://dcs.sa-brazil-1.myhuaweicloud.com",
    "la-north-2": "https://dcs.la-north-2.myhuaweicloud.com",
    "la-south-2": "https://dcs.la-south-2.myhuaweicloud.com",
    "cn-north-9": "https://dcs.cn-north-9.myhuaweicloud.com",
    "na-mexico-1": "https://dcs.na-mexico-1.myhuaweicloud.com",
    "ae-ad-1": "https://dcs.ae-ad-1.myhuaweicloud.com",
    "tr-west-1": "https://dcs.tr-west-1.myhuaweicloud.com",
    "ap-southeast-4": "https://dcs.ap-southeast-4.myhuaweicloud.com",
    "eu-west-101": "https://dcs.eu-west-101.myhuaweicloud.com",
    "me-east-1": "https://dcs.me-east-1.myhuaweicloud.com",
    "eu-west-0": "https://dcs.eu-west-0.myhuaweicloud.com",
    "cn-east-5": "https://dcs.cn-east-5.myhuaweicloud.com",
    "my-kualalumpur-1": "https://dcs.my-kualalumpur-1.myhuaweicloud.com",
    "ru-moscow-1": "https://dcs.ru-moscow-1.myhuaweicloud.com",
    "cn-east-4": "https://dcs.cn-east-4.myhuaweicloud.com",
    "ap-southeast-5": "https://dcs.ap-southeast-5.myhuaweicloud.com",
    "cn-north-12": "https://dcs.cn-north-12.myhuaweicloud.com",
  },
  operations: {
    listCenterTask: {
      operationId: "ListCenterTask",
      method: "GET",
      path: "/v2/{project_id}/tasks",
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
      timeFormats: {
        start_time: "yyyyMMddHHmmss",
        end_time: "yyyyMMddHHmmss",
      },
    },
    showJobInfo: {
      operationId: "ShowJobInfo",
      method: "GET",
      path: "/v2/{project_id}/jobs/{job_id}",
    },
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
