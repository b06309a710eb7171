// generated from specs/kafka.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

import type { ServiceDescriptor } from "@hwcloud/core";

/** What the runtime needs to know about Huawei Cloud DMS for Kafka (background tasks): endpoints, operations, paging, time formats, waiters. */
export const descriptor = {
  service: "kafka",
  regions: {
    "eu-west-101": "https://dms.eu-west-101.myhuaweicloud.eu",
    "cn-north-1": "https://dms.cn-north-1.myhuaweicloud.com",
    "cn-north-2": "https://dms.cn-north-2.myhuaweicloud.com",
    "cn-north-4": "https://dms.cn-north-4.myhuaweicloud.com",
    "cn-east-3": "https://dms.cn-east-3.myhuaweicloud.com",
    "cn-east-2": "https://dms.cn-east-2.myhuaweicloud.com",
    "cn-south-1": "https://dms.cn-south-1.myhuaweicloud.com",
    "cn-south-2": "https://dms.cn-south-2.myhuaweicloud.com",
    "cn-southwest-2": "https://dms.cn-southwest-2.myhuaweicloud.com",
    "ap-southeast-1": "https://dms.ap-southeast-1.myhuaweicloud.com",
    "ap-southeast-2": "https://dms.ap-southeast-2.myhuaweicloud.com",
    "ap-southeast-3": "https://dms.ap-southeast-3.myhuaweicloud.com",
    "af-south-1": "https://dms.af-south-1.myhuaweicloud.com",
    "ru-northwest-2": "https://dms.ru-northwest-2.myhuaweicloud.com",
    "cn-north-9": "https://dms.cn-north-9.myhuaweicloud.com",
    "la-south-2": "https://dms.la-south-2.myhuaweicloud.com",
    "sa-brazil-1": "https://dms.sa-brazil-1.myhuaweicloud.com",
    "la-north-2": "https://dms.la-north-2.myhuaweicloud.com",
    "na-mexico-1": "https://dms.na-mexico-1.myhuaweicloud.com",
    "ap-southeast-4": "https://dms.ap-southeast-4.myhuaweicloud.com",
    "tr-west-1": "https://dms.tr-west-1.myhuaweicloud.com",
    "ae-ad-1": "https://dms.ae-ad-1.myhuaweicloud.com",
    "eu-west-0": "https://dms.eu-west-0.myhuaweicloud.com",
    "me-east-1": "https://dms.me-east-1.myhuaweicloud.com",
    "cn-east-5": "https://dms.cn-east-5.myhuaweicloud.com",
    "my-kualalumpur-1": "https://dms.my-kualalumpur-1.myhuaweicloud.com",
    "cn-east-4": "https://dms.cn-east-4.myhuaweicloud.com",
    "af-north-1": "https://dms.af-north-1.myhuaweicloud.com",
    "ap-southeast-5": "https://dms.ap-southeast-5.myhuaweicloud.com",
    "ru-moscow-1": "https://dms.ru-moscow-1.myhuaweicloud.com",
    "cn-south-4": "https://dms.cn-south-4.myhuaweicloud.com",
    "cn-north-12": "https://dms.cn-north-12.myhuaweicloud.com",
    "cn-north-11": "https://dms.cn-north-11.myhuaweicloud.com",
    "cn-southwest-3": "https://dms.cn-southwest-3.myhuaweicloud.com",
  },
  operations: {
    listBackgroundTasks: {
      operationId: "ListBackgroundTasks",
      method: "GET",
      path: "/v2/{project_id}/instances/{instance_id}/tasks",
      pagination: {
        offsetParam: "start",
        limitParam: "limit",
        unit: "item",
        first: 1,
        items: "tasks",
        total: "task_count",
        maxLimit: 100,
      },
      timeFormats: {
        begin_time: "yyyyMMddHHmmss",
        end_time: "yyyyMMddHHmmss",
      },
    },
  },
} as const satisfies ServiceDescriptor;
