// generated from specs/*.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

/** An OpenAPI 3.1 document parsed from YAML, `$ref`s kept as written. */
export interface SpecDocument {
  readonly openapi: string;
  readonly [key: string]: unknown;
}

/** Every spec in specs/, keyed by service name (the file name without .yaml), in name order. */
export const specs: Readonly<Record<string, SpecDocument>> = {
  dcs: JSON.parse(`{
  "openapi": "3.1.0",
  "info": {
    "title": "Huawei Cloud DCS (task centre and jobs)",
    "version": "2024-11-06",
    "description": "Read the task-centre history of a project's cache instances and poll a single asynchronous job until it settles.",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "https://dcs.{region}.myhuaweicloud.com",
      "description": "Regional DCS endpoint. x-hwcloud-regions lists every region the official SDKs knew as of Java 3.1.212, Python 3.1.211 and Node 3.1.209 (checked 2026-12-01); a newer region takes an endpoint from the environment or a regions file.",
      "variables": {
        "region": {
          "default": "cn-north-4",
          "enum": [
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
            "cn-north-12"
          ]
        }
      }
    }
  ],
  "x-hwcloud-regions": {
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
    "cn-north-12": "https://dcs.cn-north-12.myhuaweicloud.com"
  },
  "security": [
    {
      "akSk": []
    }
  ],
  "tags": [
    {
      "name": "Tasks",
      "description": "Background work the service runs on a tenant's cache instances."
    }
  ],
  "paths": {
    "/v2/{project_id}/tasks": {
      "get": {
        "operationId": "ListCenterTask",
        "summary": "List task-centre tasks",
        "description": "Returns one page of the background tasks recorded for the project (spec changes, public access, replicas, whitelists and so on), optionally limited to a UTC time window.",
        "tags": [
          "Tasks"
        ],
        "externalDocs": {
          "description": "Huawei's API reference page for this operation (Chinese edition).",
          "url": "https://support.huaweicloud.com/api-dcs/ListCenterTask.html"
        },
        "x-hwcloud-pagination": {
          "offsetParam": "offset",
          "limitParam": "limit",
          "unit": "item",
          "first": 0,
          "items": "tasks",
          "total": "task_count",
          "defaultLimit": 10,
          "maxLimit": 1000
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/ProjectId"
          },
          {
            "name": "offset",
            "in": "query",
            "description": "Number of tasks to skip before the page starts (0 is the first task).",
            "schema": {
              "type": "integer",
              "format": "int32",
              "minimum": 0
            },
            "example": 0
          },
          {
            "name": "limit",
            "in": "query",
            "description": "Page size. The service uses 10 when it is left out.",
            "schema": {
              "type": "integer",
              "format": "int32",
              "minimum": 1,
              "maximum": 1000,
              "default": 10
            },
            "example": 10
          },
          {
            "name": "start_time",
            "in": "query",
            "description": "Only tasks at or after this UTC instant, written as 14 digits (year to second).",
            "x-hwcloud-time-format": "yyyyMMddHHmmss",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]{14}$"
            },
            "example": "20200609160000"
          },
          {
            "name": "end_time",
            "in": "query",
            "description": "Only tasks at or before this UTC instant, written as 14 digits (year to second).",
            "x-hwcloud-time-format": "yyyyMMddHHmmss",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]{14}$"
            },
            "example": "20230612155959"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of tasks.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListCenterTaskResponse"
                },
                "examples": {
                  "twoTasks": {
                    "summary": "A spec change and an export job (the page's example)",
                    "value": {
                      "task_count": 2,
                      "tasks": [
                        {
                          "id": "8abf6e1e72c12e7c0172c15b508500aa",
                          "name": "ChangeInstanceSpec",
                          "job_id": "8abf6e1e87bce0740187bd32748b0530",
                          "user_name": "paas_dcs_a00421997_02",
                          "user_id": "d53977d1adfb49c5b025ba7d33a13fd7",
                          "details": {
                            "old_cache_mode": "single",
                            "new_cache_mode": "single",
                            "old_capacity": 0.125,
                            "new_capacity": 0.25
                          },
                          "status": "SUCCESS",
                          "created_at": "2023-06-17T08:18:06.597Z",
                          "updated_at": "2023-06-17T08:18:10.106Z",
                          "error_code": "111400063",
                          "enable_show": true
                        },
                        {
                          "id": "ff80808188bfde180188c36bb9ca4a30",
                          "name": "dcsExportJob",
                          "job_id": "ff80808188bfde180188c36bb9c44a2f",
                          "user_name": "paas_dcs_004_01",
                          "user_id": "bb259bd2b8b644a1b4a573a20318af51",
                          "details": null,
                          "status": "SUCCESS",
                          "created_at": "2023-06-17T08:18:06.597Z",
                          "updated_at": "2023-06-17T08:18:10.106Z",
                          "error_code": "111400063",
                          "enable_show": true
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v2/{project_id}/jobs/{job_id}": {
      "get": {
        "operationId": "ShowJobInfo",
        "summary": "Show a tenant job's result",
        "description": "Returns the state of one asynchronous job (for example a master/standby switchover). Poll it until \`status\` is final: known values are INIT and RUNNING while the job is in progress, then SUCCESS or FAIL. The Chinese page leaves the status list empty; the values come from the English edition of the same page and from huaweicloud/terraform-provider-huaweicloud, which treats SUCCESS and FAIL as final.",
        "tags": [
          "Tasks"
        ],
        "externalDocs": {
          "description": "Huawei's API reference page for this operation (Chinese edition).",
          "url": "https://support.huaweicloud.com/api-dcs/ShowJobInfo.html"
        },
        "x-hwcloud-deviation": {
          "kind": "example",
          "doc": "The request example calls GET /v2/{project_id}/instances/{instance_id}/tasks/{task_id}/progress, not the URI section's path.",
          "reason": "The example belongs to a different operation (an instance task's progress); the URI section /v2/{project_id}/jobs/{job_id} is the operation, so the example is left out."
        },
        "x-hwcloud-waiter": {
          "name": "waitForJob",
          "idParam": "job_id",
          "statusField": "status",
          "success": [
            "SUCCESS"
          ],
          "failure": [
            "FAIL"
          ],
          "reasonField": "fail_reason"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/ProjectId"
          },
          {
            "name": "job_id",
            "in": "path",
            "required": true,
            "description": "Id of the job, as returned by the call that started it.",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "example": "ff8080818822bbf70188235afc24141a"
          }
        ],
        "responses": {
          "200": {
            "description": "The job's current state.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ShowJobInfoResponse"
                },
                "examples": {
                  "finishedSwitchover": {
                    "summary": "A finished master/standby switchover (the page's example)",
                    "value": {
                      "job_id": "ff8080818822bbf70188235afc24141a",
                      "job_type": "masterStandbySwapJob",
                      "status": "SUCCESS",
                      "begin_time": "1684191545379",
                      "end_time": "1684191548248",
                      "fail_reason": null
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The request is invalid.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                },
                "examples": {
                  "invalidParameter": {
                    "summary": "The page's error example",
                    "value": {
                      "error_code": "111400063",
                      "error_msg": "Invalid {0} parameter in the request."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "akSk": {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "AK/SK request signing (SDK-HMAC-SHA256); the signature travels in the Authorization header.",
        "x-hwcloud-signing": "SDK-HMAC-SHA256"
      }
    },
    "parameters": {
      "ProjectId": {
        "name": "project_id",
        "in": "path",
        "required": true,
        "description": "Project the resources belong to (one project per region per account).",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "a4d31cb6-3d72-4fdc-8ec9-6e3a41e47f71"
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is invalid.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The credentials were missing or not accepted.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The caller may not perform this request.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "NotFound": {
        "description": "The job does not exist.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "InternalError": {
        "description": "The service failed while handling the request.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      }
    },
    "schemas": {
      "ErrorResponse": {
        "type": "object",
        "description": "Error body shared by DCS failures.",
        "required": [
          "error_code",
          "error_msg"
        ],
        "properties": {
          "error_code": {
            "type": "string",
            "description": "Service error code, e.g. 111400063."
          },
          "error_msg": {
            "type": "string",
            "description": "Human-readable explanation of the error."
          },
          "error_ext_msg": {
            "type": [
              "string",
              "null"
            ],
            "description": "Reserved for extra detail; the service currently sends null."
          }
        }
      },
      "ListCenterTaskResponse": {
        "type": "object",
        "description": "One page of task-centre tasks.",
        "properties": {
          "task_count": {
            "type": [
              "string",
              "integer"
            ],
            "description": "Number of tasks that match the query, across all pages.",
            "x-hwcloud-deviation": {
              "kind": "type",
              "doc": "task_count is declared as String.",
              "reason": "The page's response example sends the number 2, so both a numeric string and an integer are accepted."
            }
          },
          "tasks": {
            "type": "array",
            "description": "The tasks on this page.",
            "items": {
              "$ref": "#/components/schemas/ListCenterTasksResp"
            }
          }
        }
      },
      "ListCenterTasksResp": {
        "type": "object",
        "description": "One background task from the task centre.",
        "properties": {
          "id": {
            "type": "string",
            "description": "Id of the background task."
          },
          "name": {
            "type": "string",
            "description": "Kind of task. Values listed by the page: EXTEND (spec change), BindEip and UnBindEip (public access on or off), AddReplica, DelReplica, AddWhitelist, UpdatePort, RemoveIpFromDns, masterStandbySwapJob, modify (password change).",
            "x-hwcloud-deviation": {
              "kind": "enum",
              "doc": "name lists ten values (EXTEND, BindEip, UnBindEip, AddReplica, DelReplica, AddWhitelist, UpdatePort, RemoveIpFromDns, masterStandbySwapJob, modify).",
              "reason": "The page's own example sends ChangeInstanceSpec and dcsExportJob, which are not in that list, so the list is kept as documentation and any string is accepted."
            }
          },
          "details": {
            "description": "Task-specific detail; null for tasks that carry none.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/DetailsBody"
              },
              {
                "type": "null"
              }
            ],
            "x-hwcloud-deviation": {
              "kind": "type",
              "doc": "details is declared as a DetailsBody object.",
              "reason": "The page's example sends details null for its second task."
            }
          },
          "user_name": {
            "type": "string",
            "description": "Name of the user who started the task."
          },
          "user_id": {
            "type": "string",
            "description": "Id of the user who started the task."
          },
          "params": {
            "type": "string",
            "description": "Task parameters, serialized as text."
          },
          "status": {
            "type": "string",
            "description": "Task state, e.g. SUCCESS."
          },
          "created_at": {
            "type": "string",
            "description": "When the task started, ISO 8601 UTC with milliseconds (2020-06-17T07:38:42.503Z)."
          },
          "updated_at": {
            "type": "string",
            "description": "When the task ended, ISO 8601 UTC with milliseconds."
          },
          "error_code": {
            "type": "string",
            "description": "Error code recorded for the task."
          },
          "enable_show": {
            "type": "boolean",
            "description": "Whether the task has step-by-step progress that can be expanded."
          },
          "job_id": {
            "type": "string",
            "description": "Id of the job behind the task (usable with ShowJobInfo)."
          }
        }
      },
      "DetailsBody": {
        "type": "object",
        "description": "Extra facts about a task; each field is filled only for the kind of task it concerns.",
        "properties": {
          "old_capacity": {
            "type": [
              "string",
              "number"
            ],
            "description": "Capacity before a spec change, in GB.",
            "x-hwcloud-deviation": {
              "kind": "type",
              "doc": "old_capacity is declared as String.",
              "reason": "The page's example sends the number 0.125, so numbers and strings are both accepted."
            }
          },
          "new_capacity": {
            "type": [
              "string",
              "number"
            ],
            "description": "Capacity after a spec change, in GB.",
            "x-hwcloud-deviation": {
              "kind": "type",
              "doc": "new_capacity is declared as String.",
              "reason": "The page's example sends the number 0.25, so numbers and strings are both accepted."
            }
          },
          "enable_public_ip": {
            "type": "boolean",
            "description": "Whether public access was turned on (public-access tasks only)."
          },
          "public_ip_id": {
            "type": "string",
            "description": "Id of the bound elastic IP (public-access tasks only)."
          },
          "public_ip_address": {
            "type": "string",
            "description": "Address of the bound elastic IP (public-access tasks only)."
          },
          "enable_ssl": {
            "type": "boolean",
            "description": "Whether SSL was turned on (SSL tasks only)."
          },
          "old_cache_mode": {
            "type": "string",
            "description": "Instance type before a spec change."
          },
          "new_cache_mode": {
            "type": "string",
            "description": "Instance type after a spec change."
          },
          "old_resource_spec_code": {
            "type": "string",
            "description": "Flavour code before a spec change."
          },
          "new_resource_spec_code": {
            "type": "string",
            "description": "Flavour code after a spec change."
          },
          "old_replica_num": {
            "type": "integer",
            "format": "int32",
            "description": "Replica count before a spec change."
          },
          "new_replica_num": {
            "type": "integer",
            "format": "int32",
            "description": "Replica count after a spec change."
          },
          "old_cache_type": {
            "type": "string",
            "description": "Cache type before a spec change."
          },
          "new_cache_type": {
            "type": "string",
            "description": "Cache type after a spec change."
          },
          "replica_ip": {
            "type": "string",
            "description": "Address of the replica concerned."
          },
          "replica_az": {
            "type": "string",
            "description": "Availability zone of the replica concerned."
          },
          "group_name": {
            "type": "string",
            "description": "Name of the shard group concerned."
          },
          "old_port": {
            "type": "integer",
            "format": "int32",
            "description": "Port before a port change."
          },
          "new_port": {
            "type": "integer",
            "format": "int32",
            "description": "Port after a port change."
          },
          "is_only_adjust_charging": {
            "type": "boolean",
            "description": "Whether the change only switched the billing mode."
          },
          "account_name": {
            "type": "string",
            "description": "Account name concerned."
          },
          "source_ip": {
            "type": "string",
            "description": "Source address."
          },
          "target_ip": {
            "type": "string",
            "description": "Target address."
          },
          "node_name": {
            "type": "string",
            "description": "Node concerned."
          },
          "rename_commands": {
            "type": "array",
            "description": "Commands that were renamed.",
            "items": {
              "type": "string"
            }
          },
          "updated_config_length": {
            "type": "integer",
            "format": "int32",
            "description": "Number of configuration items that were updated."
          }
        }
      },
      "ShowJobInfoResponse": {
        "type": "object",
        "description": "State of one asynchronous job.",
        "properties": {
          "job_id": {
            "type": "string",
            "description": "Id of the job."
          },
          "job_type": {
            "type": "string",
            "description": "Kind of job: masterStandbySwapJob (master/standby switchover), modifyClientIpTransJob (client IP pass-through change), or a kind added later, as its own string.",
            "x-hwcloud-open-enum": [
              "masterStandbySwapJob",
              "modifyClientIpTransJob"
            ],
            "x-hwcloud-deviation": {
              "kind": "enum",
              "doc": "The page announces a list of job types but the list is empty.",
              "reason": "The known values come from the official SDKs' ShowJobInfoResponse model (huaweicloud-sdk-python-v3, huaweicloudsdkdcs/v2/model/show_job_info_response.py); the list stays open because the page states no closed set."
            }
          },
          "status": {
            "type": "string",
            "description": "Job state: INIT and RUNNING while the job is in progress, then SUCCESS or FAIL; a state added later arrives as its own string.",
            "x-hwcloud-open-enum": [
              "INIT",
              "RUNNING",
              "SUCCESS",
              "FAIL"
            ],
            "x-hwcloud-deviation": {
              "kind": "enum",
              "doc": "The page gives no list of status values.",
              "reason": "The known values come from the official SDKs' ShowJobInfoResponse model, the English edition of the page and terraform-provider-huaweicloud's DCS job poller; the list stays open so that an unlisted state does not break parsing."
            }
          },
          "begin_time": {
            "type": "string",
            "description": "When the job started, as Unix epoch milliseconds in a string."
          },
          "end_time": {
            "type": "string",
            "description": "When the job ended, as Unix epoch milliseconds in a string.",
            "x-hwcloud-deviation": {
              "kind": "other",
              "doc": "end_time is described as the job's start timestamp.",
              "reason": "The wording repeats begin_time's by mistake; the field and its example value are the end time."
            }
          },
          "fail_reason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the job failed; null when it did not fail.",
            "x-hwcloud-deviation": {
              "kind": "type",
              "doc": "fail_reason is declared as String.",
              "reason": "The page's example sends null for a successful job."
            }
          }
        }
      }
    }
  }
}`),
  dws: JSON.parse(`{
  "openapi": "3.1.0",
  "info": {
    "title": "Huawei Cloud DWS (logical cluster tasks)",
    "version": "2025-07-23",
    "description": "Read the history of tasks (create, grow, expand, ...) run on the logical clusters of a DWS cluster.",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "https://dws.{region}.myhuaweicloud.com",
      "description": "Regional DWS endpoint for the regions on this host pattern; x-hwcloud-regions is the full table, including the regions on other hosts.",
      "variables": {
        "region": {
          "default": "cn-north-4",
          "enum": [
            "cn-north-9",
            "cn-east-3",
            "cn-east-2",
            "cn-north-1",
            "cn-north-4",
            "cn-southwest-2",
            "cn-north-2",
            "cn-south-1",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "af-south-1",
            "la-south-2",
            "sa-brazil-1",
            "na-mexico-1",
            "la-north-2",
            "cn-east-5",
            "af-north-1",
            "ru-moscow-1",
            "ae-ad-1",
            "my-kualalumpur-1",
            "cn-north-11",
            "cn-southwest-3",
            "ap-southeast-5",
            "me-east-1"
          ]
        }
      }
    }
  ],
  "x-hwcloud-regions": {
    "eu-west-101": "https://dws.eu-west-101.myhuaweicloud.eu",
    "cn-north-9": "https://dws.cn-north-9.myhuaweicloud.com",
    "cn-east-3": "https://dws.cn-east-3.myhuaweicloud.com",
    "cn-east-2": "https://dws.cn-east-2.myhuaweicloud.com",
    "cn-north-1": "https://dws.cn-north-1.myhuaweicloud.com",
    "cn-north-4": "https://dws.cn-north-4.myhuaweicloud.com",
    "cn-southwest-2": "https://dws.cn-southwest-2.myhuaweicloud.com",
    "cn-north-2": "https://dws.cn-north-2.myhuaweicloud.com",
    "cn-south-1": "https://dws.cn-south-1.myhuaweicloud.com",
    "cn-south-4": "https://dws.cn-south-4.myhuaweicloud.cn",
    "cn-north-12": "https://dws.cn-north-12.myhuaweicloud.cn",
    "cn-east-4": "https://dws.cn-east-4.myhuaweicloud.cn",
    "ap-southeast-1": "https://dws.ap-southeast-1.myhuaweicloud.com",
    "ap-southeast-2": "https://dws.ap-southeast-2.myhuaweicloud.com",
    "ap-southeast-3": "https://dws.ap-southeast-3.myhuaweicloud.com",
    "af-south-1": "https://dws.af-south-1.myhuaweicloud.com",
    "la-south-2": "https://dws.la-south-2.myhuaweicloud.com",
    "sa-brazil-1": "https://dws.sa-brazil-1.myhuaweicloud.com",
    "na-mexico-1": "https://dws.na-mexico-1.myhuaweicloud.com",
    "la-north-2": "https://dws.la-north-2.myhuaweicloud.com",
    "tr-west-1": "https://dws.tr-west-1.myhuaweicloud.cn",
    "ap-southeast-4": "https://dws.ap-southeast-4.myhuaweicloud.cn",
    "cn-east-5": "https://dws.cn-east-5.myhuaweicloud.com",
    "af-north-1": "https://dws.af-north-1.myhuaweicloud.com",
    "ru-moscow-1": "https://dws.ru-moscow-1.myhuaweicloud.com",
    "ae-ad-1": "https://dws.ae-ad-1.myhuaweicloud.com",
    "my-kualalumpur-1": "https://dws.my-kualalumpur-1.myhuaweicloud.com",
    "cn-north-11": "https://dws.cn-north-11.myhuaweicloud.com",
    "cn-southwest-3": "https://dws.cn-southwest-3.myhuaweicloud.com",
    "ap-southeast-5": "https://dws.ap-southeast-5.myhuaweicloud.com",
    "me-east-1": "https://dws.me-east-1.myhuaweicloud.com"
  },
  "security": [
    {
      "akSk": []
    }
  ],
  "tags": [
    {
      "name": "Logical clusters",
      "description": "Resource groups carved out of a DWS cluster."
    }
  ],
  "paths": {
    "/v2/{project_id}/clusters/{cluster_id}/logical-clusters/tasks": {
      "get": {
        "operationId": "ListLogicalClusterTasks",
        "summary": "List logical cluster tasks",
        "description": "Returns one page of the tasks run on the logical clusters of a cluster, optionally filtered by logical cluster name and task type, and sorted.",
        "tags": [
          "Logical clusters"
        ],
        "externalDocs": {
          "description": "Huawei's API reference page for this operation (Chinese edition).",
          "url": "https://support.huaweicloud.com/api-dws/ListLogicalClusterTasks.html"
        },
        "x-hwcloud-deviation": {
          "kind": "other",
          "doc": "The status code table lists 400, 401, 403, 404, 500 and 503 without describing an error body.",
          "reason": "Huawei services answer failures with the common error_code/error_msg body, so each documented error status carries the ErrorResponse schema."
        },
        "x-hwcloud-pagination": {
          "offsetParam": "offset",
          "limitParam": "limit",
          "unit": "page",
          "first": 0,
          "items": "logical_cluster_tasks",
          "total": "count",
          "defaultLimit": 10
        },
        "parameters": [
          {
            "name": "project_id",
            "in": "path",
            "required": true,
            "description": "Project the cluster belongs to (one project per region per account).",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "example": "9b06d044ea4f49f1a58b2bed2b0084bd"
          },
          {
            "name": "cluster_id",
            "in": "path",
            "required": true,
            "description": "Id of a DWS cluster, a 36-character UUID.",
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "example": "9b7ff56b-47b3-4d00-a1fd-4c023d34404b"
          },
          {
            "name": "offset",
            "in": "query",
            "description": "Zero-based page index (page number minus one), not an item count.",
            "schema": {
              "type": "integer",
              "format": "int32",
              "minimum": 0,
              "default": 0
            },
            "example": 0
          },
          {
            "name": "limit",
            "in": "query",
            "description": "Page size.",
            "schema": {
              "type": "integer",
              "format": "int32",
              "minimum": 1,
              "default": 10
            },
            "example": 10
          },
          {
            "name": "logical_cluster_name",
            "in": "query",
            "description": "Only tasks of the logical cluster with this name.",
            "schema": {
              "type": "string"
            },
            "example": "test_logical"
          },
          {
            "name": "type",
            "in": "query",
            "description": "Only tasks of this type. Known types: Switch (physical to logical cluster), Create, Expand (from the elastic pool), Restart, Delete, Shrink (into the elastic pool), Grow (from outside), Start, Stop, ShrinkElasticGroup (out of the elastic pool) and elasticExpand (automatic); other strings are sent as given.",
            "schema": {
              "$ref": "#/components/schemas/TaskType"
            },
            "example": "Expand"
          },
          {
            "name": "order_by",
            "in": "query",
            "description": "Field to sort by, e.g. startTime.",
            "schema": {
              "type": "string"
            },
            "example": "startTime"
          },
          {
            "name": "order",
            "in": "query",
            "description": "Sort direction.",
            "schema": {
              "type": "string",
              "enum": [
                "ASC",
                "DESC"
              ]
            },
            "example": "DESC"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of logical cluster tasks.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListLogicalClusterTasksResponse"
                },
                "examples": {
                  "twoTasks": {
                    "summary": "A successful grow and a failed create (the page's example)",
                    "value": {
                      "logical_cluster_tasks": [
                        {
                          "type": "Grow",
                          "logical_cluster_name": "elastic_group",
                          "start_time": "2023-06-05 01:58:43",
                          "end_time": "2023-06-05 02:11:50",
                          "result": "success",
                          "log": "Expand from outside success"
                        },
                        {
                          "type": "Create",
                          "logical_cluster_name": "test_logical",
                          "start_time": "2023-06-21 08:35:58",
                          "end_time": "2023-06-21 08:36:14",
                          "result": "failed",
                          "log": "list index out of range\\\\nChecking whether the reentry command is consistent with the previous command."
                        }
                      ],
                      "count": 2
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "akSk": {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "AK/SK request signing (SDK-HMAC-SHA256); the signature travels in the Authorization header.",
        "x-hwcloud-signing": "SDK-HMAC-SHA256"
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is invalid.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Authentication failed.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The caller lacks permission for this request.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "NotFound": {
        "description": "The cluster or resource does not exist.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "InternalError": {
        "description": "The service failed while handling the request.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "The service is temporarily unavailable.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      }
    },
    "schemas": {
      "ErrorResponse": {
        "type": "object",
        "description": "Common Huawei Cloud error body.",
        "required": [
          "error_code",
          "error_msg"
        ],
        "properties": {
          "error_code": {
            "type": "string",
            "description": "Service error code."
          },
          "error_msg": {
            "type": "string",
            "description": "Human-readable explanation of the error."
          },
          "error_ext_msg": {
            "type": [
              "string",
              "null"
            ],
            "description": "Extra detail, when the service sends any."
          }
        }
      },
      "ListLogicalClusterTasksResponse": {
        "type": "object",
        "description": "One page of logical cluster tasks.",
        "properties": {
          "logical_cluster_tasks": {
            "type": "array",
            "description": "The tasks on this page.",
            "items": {
              "$ref": "#/components/schemas/LogicalClusterTaskInfo"
            }
          },
          "count": {
            "type": "integer",
            "format": "int64",
            "description": "Number of tasks that match the query, across all pages."
          }
        }
      },
      "TaskType": {
        "type": "string",
        "description": "Kind of logical cluster task; a kind added later arrives (and may be sent) as its own string.",
        "x-hwcloud-open-enum": [
          "Switch",
          "Create",
          "Expand",
          "Restart",
          "Delete",
          "Shrink",
          "Grow",
          "Start",
          "Stop",
          "ShrinkElasticGroup",
          "elasticExpand"
        ],
        "x-hwcloud-deviation": {
          "kind": "enum",
          "doc": "The page lists no task types.",
          "reason": "The known values come from the official SDKs' ListLogicalClusterTasks models (the type comments of huaweicloud-sdk-go-v3 0.1.188 and the Java and Python SDKs); the list stays open because the page states no closed set."
        }
      },
      "LogicalClusterTaskInfo": {
        "type": "object",
        "description": "One task run on a logical cluster.",
        "properties": {
          "type": {
            "$ref": "#/components/schemas/TaskType"
          },
          "logical_cluster_name": {
            "type": "string",
            "description": "Name of the logical cluster the task ran on."
          },
          "start_time": {
            "type": "string",
            "description": "When the task started (\\"yyyy-MM-dd HH:mm:ss\\" in the page's example)."
          },
          "end_time": {
            "type": "string",
            "description": "When the task ended (\\"yyyy-MM-dd HH:mm:ss\\" in the page's example)."
          },
          "result": {
            "type": "string",
            "description": "Outcome of the task, e.g. success or failed."
          },
          "log": {
            "type": "string",
            "description": "Execution log of the task."
          }
        }
      }
    }
  }
}`),
  "gaussdb-mysql": JSON.parse(`{
  "openapi": "3.1.0",
  "info": {
    "title": "Huawei Cloud GaussDB for MySQL (instant jobs)",
    "version": "2024-09-12",
    "description": "List the instant jobs (create, resize, reboot, proxy changes, ...) of GaussDB for MySQL instances.",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "https://gaussdb.{region}.myhuaweicloud.com",
      "description": "Regional GaussDB for MySQL endpoint for the regions on this host pattern; x-hwcloud-regions is the full table, including the regions on other hosts.",
      "variables": {
        "region": {
          "default": "cn-north-4",
          "enum": [
            "cn-north-4",
            "cn-southwest-2",
            "cn-east-3",
            "cn-south-1",
            "ru-northwest-2",
            "ap-southeast-3",
            "cn-north-2",
            "cn-north-9",
            "ap-southeast-4",
            "sa-brazil-1",
            "cn-south-4"
          ]
        }
      }
    }
  ],
  "x-hwcloud-regions": {
    "cn-north-4": "https://gaussdb.cn-north-4.myhuaweicloud.com",
    "cn-southwest-2": "https://gaussdb.cn-southwest-2.myhuaweicloud.com",
    "cn-east-3": "https://gaussdb.cn-east-3.myhuaweicloud.com",
    "cn-south-1": "https://gaussdb.cn-south-1.myhuaweicloud.com",
    "ru-northwest-2": "https://gaussdb.ru-northwest-2.myhuaweicloud.com",
    "ap-southeast-3": "https://gaussdb.ap-southeast-3.myhuaweicloud.com",
    "cn-north-2": "https://gaussdb.cn-north-2.myhuaweicloud.com",
    "cn-north-9": "https://gaussdb.cn-north-9.myhuaweicloud.com",
    "tr-west-1": "https://gaussdbformysql.tr-west-1.myhuaweicloud.com",
    "ap-southeast-4": "https://gaussdb.ap-southeast-4.myhuaweicloud.com",
    "sa-brazil-1": "https://gaussdb.sa-brazil-1.myhuaweicloud.com",
    "ap-southeast-1": "https://gaussdbformysql.ap-southeast-1.myhuaweicloud.com",
    "ap-southeast-2": "https://gaussdbformysql.ap-southeast-2.myhuaweicloud.com",
    "af-south-1": "https://gaussdb-mysql.af-south-1.myhuaweicloud.com",
    "cn-south-4": "https://gaussdb.cn-south-4.myhuaweicloud.com",
    "cn-north-11": "https://gaussdbformysql.cn-north-11.myhuaweicloud.com",
    "cn-east-5": "https://gaussdb-mysql.cn-east-5.myhuaweicloud.com",
    "la-north-2": "https://gaussdb-mysql.la-north-2.myhuaweicloud.com",
    "cn-southwest-3": "https://gaussdb-mysql.cn-southwest-3.myhuaweicloud.com",
    "me-east-1": "https://gaussdbformysql.me-east-1.myhuaweicloud.com"
  },
  "security": [
    {
      "akSk": []
    },
    {
      "iamToken": []
    }
  ],
  "tags": [
    {
      "name": "Jobs",
      "description": "Asynchronous work the service runs on GaussDB for MySQL instances."
    }
  ],
  "paths": {
    "/v3/{project_id}/immediate-jobs": {
      "get": {
        "operationId": "ListImmediateJobs",
        "summary": "List instant jobs",
        "description": "Returns one page of the project's instant jobs, optionally filtered by state, job name, job id and a creation time window.",
        "tags": [
          "Jobs"
        ],
        "externalDocs": {
          "description": "Huawei's API reference page for this operation (Chinese edition).",
          "url": "https://support.huaweicloud.com/api-gaussdbformysql/ListImmediateJobs.html"
        },
        "x-hwcloud-deviation": {
          "kind": "other",
          "doc": "The request header table lists X-Auth-Token (a user token from IAM) next to X-Language.",
          "reason": "X-Auth-Token is an authentication choice, so it is the iamToken security scheme (an alternative to AK/SK signing) rather than a parameter every caller would have to pass."
        },
        "x-hwcloud-pagination": {
          "offsetParam": "offset",
          "limitParam": "limit",
          "unit": "page",
          "first": 1,
          "items": "jobs",
          "total": "total_count",
          "defaultLimit": 10,
          "limitValues": [
            10,
            20,
            50
          ]
        },
        "parameters": [
          {
            "name": "project_id",
            "in": "path",
            "required": true,
            "description": "Project the instances belong to (one project per region per account).",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "example": "619d3e78f61b4be68bc5aa0b59edcf7b"
          },
          {
            "name": "status",
            "in": "query",
            "description": "Only jobs in this state: Running (executing), Completed (succeeded), Failed, or Pending (not run yet).",
            "schema": {
              "type": "string",
              "enum": [
                "Running",
                "Completed",
                "Failed",
                "Pending"
              ]
            },
            "example": "Completed"
          },
          {
            "name": "job_name",
            "in": "query",
            "description": "Only jobs of this kind. Note the value GaussdbforMySQLModifyProxyIp (proxy address change): its casing differs from the other names and is sent exactly as the service spells it.",
            "schema": {
              "$ref": "#/components/schemas/JobName"
            },
            "example": "CloseGaussDBforMySQLProxy"
          },
          {
            "name": "job_id",
            "in": "query",
            "description": "Only the job with this id.",
            "schema": {
              "type": "string"
            },
            "example": "7155730b-a60b-4dc0-9f89-3f55897f29d6"
          },
          {
            "name": "offset",
            "in": "query",
            "description": "Page number, starting at 1, as a decimal string. The page words it as a count of records to skip, yet gives 1 as the default; the service (and Huawei's own Terraform provider, which counts 1, 2, 3, ...) treats it as a 1-based page number.",
            "x-hwcloud-deviation": {
              "kind": "other",
              "doc": "offset is described as the number of records skipped from the first record, defaulting to 1; a non-negative number sent as a String.",
              "reason": "A skip count whose default is 1 would hide the first job; the default only makes sense as a 1-based page number, which is how huaweicloud/terraform-provider-huaweicloud pages this API (offset 1, 2, ... with a fixed limit). The SDK pages with unit page, first 1."
            },
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$",
              "default": "1"
            },
            "example": "1"
          },
          {
            "name": "limit",
            "in": "query",
            "description": "Page size, as a decimal string; only 10, 20 and 50 are accepted.",
            "schema": {
              "type": "string",
              "enum": [
                "10",
                "20",
                "50"
              ],
              "default": "10"
            },
            "example": "10"
          },
          {
            "name": "start_time",
            "in": "query",
            "description": "Only jobs created at or after this instant, e.g. 2018-08-06T10:41:14+0000 (the offset is written as +hhmm).",
            "x-hwcloud-time-format": "yyyy-MM-ddTHH:mm:ssZ",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{4}$"
            },
            "example": "2018-08-06T10:41:14+0000"
          },
          {
            "name": "end_time",
            "in": "query",
            "description": "Only jobs created at or before this instant, in the same form as start_time.",
            "x-hwcloud-time-format": "yyyy-MM-ddTHH:mm:ssZ",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{4}$"
            },
            "example": "2018-08-06T12:41:14+0000"
          },
          {
            "name": "X-Language",
            "in": "header",
            "description": "Language of messages in the response.",
            "schema": {
              "type": "string",
              "enum": [
                "en-us",
                "zh-cn"
              ],
              "default": "en-us"
            },
            "example": "en-us"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of instant jobs.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListImmediateJobsResponse"
                },
                "examples": {
                  "twoJobs": {
                    "summary": "A completed proxy shutdown and a failed resize (the page's example)",
                    "value": {
                      "jobs": [
                        {
                          "instance_id": "ede953923f06448d9be8686ef0c1378ein07",
                          "instance_name": "gauss-1234",
                          "instance_status": "deleted",
                          "job_id": "7155730b-a60b-4dc0-9f89-3f55897f29d6",
                          "order_id": "",
                          "job_name": "CloseGaussDBforMySQLProxy",
                          "status": "Completed",
                          "process": "",
                          "created_time": "2018-08-06T10:41:14+0000",
                          "ended_time": "2018-08-06T12:41:14+0000",
                          "fail_reason": null
                        },
                        {
                          "instance_id": "ede953923f06448d9be8686ef0c1378ein07",
                          "instance_name": "gauss-1234",
                          "instance_status": "deleted",
                          "job_id": "335ab2a4-a038-4fa9-a62c-49dd84015011",
                          "order_id": "",
                          "job_name": "ResizeGaussDBforMySQLFlavor",
                          "status": "Failed",
                          "process": "",
                          "created_time": "2018-08-06T11:25:23+0000",
                          "ended_time": "2018-08-06T11:31:12+0000",
                          "fail_reason": "Single task exception."
                        }
                      ],
                      "total_count": 2
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The request is invalid (client error).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "500": {
            "description": "The service failed while handling the request.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "akSk": {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "AK/SK request signing (SDK-HMAC-SHA256); the signature travels in the Authorization header.",
        "x-hwcloud-signing": "SDK-HMAC-SHA256"
      },
      "iamToken": {
        "type": "apiKey",
        "in": "header",
        "name": "X-Auth-Token",
        "description": "A user token issued by IAM (the X-Subject-Token header of IAM's token response)."
      }
    },
    "schemas": {
      "ErrorResponse": {
        "type": "object",
        "description": "Error body of GaussDB for MySQL failures.",
        "required": [
          "error_code",
          "error_msg"
        ],
        "properties": {
          "error_code": {
            "type": "string",
            "description": "Service error code."
          },
          "error_msg": {
            "type": "string",
            "description": "Human-readable explanation of the error."
          },
          "error_ext_msg": {
            "type": [
              "string",
              "null"
            ],
            "description": "Extra detail, when the service sends any (not documented on this page)."
          }
        }
      },
      "JobName": {
        "type": "string",
        "description": "Kind of instant job to filter by, exactly as the service spells it (the values the page lists).",
        "enum": [
          "CreateGaussDBforMySQLInstance",
          "RestoreGaussDBforMySQLNewInstance",
          "AddGaussDBforMySQLNodes",
          "DeleteGaussDBforMySQLNode",
          "RebootGaussDBforMySQLInstance",
          "ModifyGaussDBforMySQLPort",
          "ModifyGaussDBforMySQLSecurityGroup",
          "ResizeGaussDBforMySQLFlavor",
          "SwitchoverGaussDBforMySQLMasterNode",
          "GaussDBforMySQLBindEIP",
          "GaussDBforMySQLUnbindEIP",
          "RenameGaussDBforMySQLInstance",
          "DeleteGaussDBforMySQLInstance",
          "UpgradeGaussDBforMySQLDatabaseVersion",
          "EnlargeGaussDBforMySQLProxy",
          "OpenGaussDBforMySQLProxy",
          "CloseGaussDBforMySQLProxy",
          "GaussdbforMySQLModifyProxyIp",
          "ScaleGaussDBforMySQLProxy",
          "GaussDBforMySQLModifyInstanceMetricExtend",
          "GaussDBforMySQLModifyInstanceDataVip",
          "GaussDBforMySQLSwitchSSL",
          "GaussDBforMySQLModifyProxyConsist",
          "GaussDBforMySQLModifyProxyWeight"
        ]
      },
      "KnownJobName": {
        "type": "string",
        "description": "Kind of instant job, exactly as the service spells it. The listed values are the page's; the service adds kinds over time (see action_names), so any other string may appear too.",
        "x-hwcloud-open-enum": [
          "CreateGaussDBforMySQLInstance",
          "RestoreGaussDBforMySQLNewInstance",
          "AddGaussDBforMySQLNodes",
          "DeleteGaussDBforMySQLNode",
          "RebootGaussDBforMySQLInstance",
          "ModifyGaussDBforMySQLPort",
          "ModifyGaussDBforMySQLSecurityGroup",
          "ResizeGaussDBforMySQLFlavor",
          "SwitchoverGaussDBforMySQLMasterNode",
          "GaussDBforMySQLBindEIP",
          "GaussDBforMySQLUnbindEIP",
          "RenameGaussDBforMySQLInstance",
          "DeleteGaussDBforMySQLInstance",
          "UpgradeGaussDBforMySQLDatabaseVersion",
          "EnlargeGaussDBforMySQLProxy",
          "OpenGaussDBforMySQLProxy",
          "CloseGaussDBforMySQLProxy",
          "GaussdbforMySQLModifyProxyIp",
          "ScaleGaussDBforMySQLProxy",
          "GaussDBforMySQLModifyInstanceMetricExtend",
          "GaussDBforMySQLModifyInstanceDataVip",
          "GaussDBforMySQLSwitchSSL",
          "GaussDBforMySQLModifyProxyConsist",
          "GaussDBforMySQLModifyProxyWeight"
        ]
      },
      "ListImmediateJobsResponse": {
        "type": "object",
        "description": "One page of instant jobs.",
        "properties": {
          "jobs": {
            "type": "array",
            "description": "The jobs on this page.",
            "items": {
              "$ref": "#/components/schemas/TaskDetailInfo"
            }
          },
          "total_count": {
            "type": "integer",
            "format": "int32",
            "description": "Number of jobs that match the query, across all pages."
          },
          "action_names": {
            "type": "array",
            "description": "The job names the project's jobs carry, each usable as the job_name filter; newer than the page, so a client may see it or not.",
            "items": {
              "$ref": "#/components/schemas/KnownJobName"
            },
            "x-hwcloud-deviation": {
              "kind": "other",
              "doc": "The page's response table has no action_names field.",
              "reason": "The service sends it: the official SDKs model it as a list of strings since Python 3.1.201, Java 3.1.202 and Node 3.1.201 (ListImmediateJobsResponse.action_names)."
            }
          }
        }
      },
      "TaskDetailInfo": {
        "type": "object",
        "description": "One instant job.",
        "properties": {
          "instance_id": {
            "type": "string",
            "description": "Id of the instance the job ran on."
          },
          "instance_name": {
            "type": "string",
            "description": "Name of that instance."
          },
          "instance_status": {
            "type": "string",
            "description": "State of that instance: createfail, creating, normal, abnormal or deleted; a state added later arrives as its own string.",
            "x-hwcloud-open-enum": [
              "createfail",
              "creating",
              "normal",
              "abnormal",
              "deleted"
            ]
          },
          "job_id": {
            "type": "string",
            "description": "Id of the job."
          },
          "order_id": {
            "type": "string",
            "description": "Id of the order behind the job; empty for pay-per-use work."
          },
          "job_name": {
            "$ref": "#/components/schemas/KnownJobName"
          },
          "status": {
            "type": "string",
            "description": "Job state: Pending (scheduled, not run yet), Running, Completed (succeeded) or Failed; a state added later arrives as its own string.",
            "x-hwcloud-open-enum": [
              "Pending",
              "Running",
              "Completed",
              "Failed"
            ]
          },
          "process": {
            "type": "string",
            "description": "Progress of the job."
          },
          "created_time": {
            "type": "string",
            "description": "When the job was created, e.g. 2018-08-06T10:41:14+0000."
          },
          "ended_time": {
            "type": "string",
            "description": "When the job ended, in the same form as created_time."
          },
          "fail_reason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the job failed; null when it did not fail.",
            "x-hwcloud-deviation": {
              "kind": "type",
              "doc": "fail_reason is declared as String.",
              "reason": "The page's example sends null for the job that completed."
            }
          },
          "show_detail": {
            "type": "boolean",
            "description": "Whether the job has step-by-step detail to show; newer than the page, so it may be absent.",
            "x-hwcloud-deviation": {
              "kind": "other",
              "doc": "The page's job table has no show_detail field.",
              "reason": "The service sends it: the official SDKs model it as a boolean on TaskDetailInfo since Python 3.1.189 and Java 3.1.190."
            }
          }
        }
      }
    }
  }
}`),
  kafka: JSON.parse(`{
  "openapi": "3.1.0",
  "info": {
    "title": "Huawei Cloud DMS for Kafka (background tasks)",
    "version": "2024-12-16",
    "description": "List the background tasks (configuration changes, scaling, ...) that ran on a Kafka instance.",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "https://dms.{region}.myhuaweicloud.com",
      "description": "Regional DMS endpoint for the regions on this host pattern; x-hwcloud-regions is the full table, including the regions on other hosts.",
      "variables": {
        "region": {
          "default": "cn-north-4",
          "enum": [
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
            "cn-southwest-3"
          ]
        }
      }
    }
  ],
  "x-hwcloud-regions": {
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
    "cn-southwest-3": "https://dms.cn-southwest-3.myhuaweicloud.com"
  },
  "security": [
    {
      "akSk": []
    }
  ],
  "tags": [
    {
      "name": "Instances",
      "description": "Kafka instances and the work run on them."
    }
  ],
  "paths": {
    "/v2/{project_id}/instances/{instance_id}/tasks": {
      "get": {
        "operationId": "ListBackgroundTasks",
        "summary": "List an instance's background tasks",
        "description": "Returns a window of the background tasks run on one Kafka instance, optionally limited to a UTC time window. Unlike most Huawei list APIs, paging uses start/limit and the window uses begin_time/end_time.",
        "tags": [
          "Instances"
        ],
        "externalDocs": {
          "description": "Huawei's API reference page for this operation (Chinese edition).",
          "url": "https://support.huaweicloud.com/api-kafka/ListBackgroundTasks.html"
        },
        "x-hwcloud-deviation": {
          "kind": "other",
          "doc": "Only status 200 is documented; errors are referred to the service's error code table.",
          "reason": "The service still answers failures with the common error_code/error_msg body, so 4XX and 5XX range responses with the ErrorResponse schema let clients read it."
        },
        "x-hwcloud-pagination": {
          "offsetParam": "start",
          "limitParam": "limit",
          "unit": "item",
          "first": 1,
          "items": "tasks",
          "total": "task_count",
          "maxLimit": 100
        },
        "parameters": [
          {
            "name": "project_id",
            "in": "path",
            "required": true,
            "description": "Project the instance belongs to (one project per region per account).",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "example": "0c5dbbd3b3d44ad4a9c4d5ac5e4b25d7"
          },
          {
            "name": "instance_id",
            "in": "path",
            "required": true,
            "description": "Id of the Kafka instance.",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "example": "5c7f4a0e-8ad2-4ac9-a3e6-8f6d9c0b1a2b"
          },
          {
            "name": "start",
            "in": "query",
            "description": "Position of the first task to return, counting tasks from 1 (not a page number): the next window starts at start plus the number of tasks received.",
            "x-hwcloud-deviation": {
              "kind": "other",
              "doc": "start is described only as the number of the task the query begins at, with no base or range.",
              "reason": "Treated as a 1-based item position with minimum 1, as huaweicloud/terraform-provider-huaweicloud pages this API in its DMS Kafka background task data source (start = 1, then start += tasks received, until task_count is reached)."
            },
            "schema": {
              "type": "integer",
              "format": "int32",
              "minimum": 1
            },
            "example": 1
          },
          {
            "name": "limit",
            "in": "query",
            "description": "How many tasks to return, 1 to 100.",
            "x-hwcloud-deviation": {
              "kind": "other",
              "doc": "limit is described only as the number of tasks to return, with no range.",
              "reason": "Bounds 1..100 from huaweicloud/terraform-provider-huaweicloud's DMS Kafka background task data source, whose comments give the range the service accepts."
            },
            "schema": {
              "type": "integer",
              "format": "int32",
              "minimum": 1,
              "maximum": 100
            },
            "example": 10
          },
          {
            "name": "begin_time",
            "in": "query",
            "description": "Only tasks at or after this UTC instant, written as 14 digits (year to second).",
            "x-hwcloud-time-format": "yyyyMMddHHmmss",
            "x-hwcloud-deviation": {
              "kind": "other",
              "doc": "The format is written YYYYMMDDHHmmss.",
              "reason": "Same layout (4-digit year, month, day, hour, minute, second); normalized to the shared pattern tokens."
            },
            "schema": {
              "type": "string",
              "pattern": "^[0-9]{14}$"
            },
            "example": "20200515000000"
          },
          {
            "name": "end_time",
            "in": "query",
            "description": "Only tasks at or before this UTC instant, written as 14 digits (year to second).",
            "x-hwcloud-time-format": "yyyyMMddHHmmss",
            "x-hwcloud-deviation": {
              "kind": "other",
              "doc": "The format is written YYYYMMDDHHmmss.",
              "reason": "Same layout (4-digit year, month, day, hour, minute, second); normalized to the shared pattern tokens."
            },
            "schema": {
              "type": "string",
              "pattern": "^[0-9]{14}$"
            },
            "example": "20200516000000"
          }
        ],
        "responses": {
          "200": {
            "description": "A window of background tasks.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListBackgroundTasksResponse"
                },
                "examples": {
                  "twoTasks": {
                    "summary": "An auto-topic change and a retention policy change (the page's example)",
                    "value": {
                      "task_count": "4",
                      "tasks": [
                        {
                          "id": "8abfa7b372160bfd0172165864064079",
                          "name": "modifyAutoTopic",
                          "user_name": "paas_dms",
                          "user_id": "3df5acbc24a54fadb62a043c9000a307",
                          "params": "{\\"old_auto_status\\":true,\\"new_auto_status\\":false}",
                          "status": "EXECUTING",
                          "created_at": "2020-05-15T03:19:51.046Z",
                          "updated_at": "2020-05-15T03:19:51.065Z"
                        },
                        {
                          "id": "8abfa7b372160bfd017216560af83e6e",
                          "name": "changeRetentionPolicy",
                          "user_name": "paas_dms",
                          "user_id": "3df5acbc24a54fadb62a043c9000a307",
                          "params": "{\\"new_retention_policy\\":\\"produce_reject\\",\\"origin_retention_policy\\":\\"time_base\\"}",
                          "status": "SUCCESS",
                          "created_at": "2020-05-15T03:17:17.176Z",
                          "updated_at": "2020-05-15T03:17:22.162Z"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "4XX": {
            "description": "The request was rejected (invalid, unauthenticated, forbidden or not found).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "5XX": {
            "description": "The service failed while handling the request.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "akSk": {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "AK/SK request signing (SDK-HMAC-SHA256); the signature travels in the Authorization header.",
        "x-hwcloud-signing": "SDK-HMAC-SHA256"
      }
    },
    "schemas": {
      "ErrorResponse": {
        "type": "object",
        "description": "Common Huawei Cloud error body.",
        "required": [
          "error_code",
          "error_msg"
        ],
        "properties": {
          "error_code": {
            "type": "string",
            "description": "Service error code."
          },
          "error_msg": {
            "type": "string",
            "description": "Human-readable explanation of the error."
          },
          "error_ext_msg": {
            "type": [
              "string",
              "null"
            ],
            "description": "Extra detail, when the service sends any."
          }
        }
      },
      "ListBackgroundTasksResponse": {
        "type": "object",
        "description": "A window of background tasks.",
        "properties": {
          "task_count": {
            "type": "string",
            "pattern": "^[0-9]+$",
            "description": "Number of tasks that match the query, across all windows, as a decimal string."
          },
          "tasks": {
            "type": "array",
            "description": "The tasks in this window.",
            "items": {
              "$ref": "#/components/schemas/BackgroundTask"
            }
          }
        }
      },
      "BackgroundTask": {
        "type": "object",
        "description": "One background task of a Kafka instance.",
        "x-hwcloud-deviation": {
          "kind": "other",
          "doc": "The page names this object \\"tasks\\" (the same name as the array that holds it).",
          "reason": "Named BackgroundTask so the component is not confused with the tasks array."
        },
        "properties": {
          "id": {
            "type": "string",
            "description": "Id of the task."
          },
          "name": {
            "type": "string",
            "description": "Kind of task, e.g. modifyAutoTopic or changeRetentionPolicy."
          },
          "user_name": {
            "type": "string",
            "description": "Name of the user who started the task."
          },
          "user_id": {
            "type": "string",
            "description": "Id of the user who started the task."
          },
          "params": {
            "type": "string",
            "description": "Task parameters as a JSON document in a string."
          },
          "status": {
            "type": "string",
            "description": "Task state: CREATED, EXECUTING, SUCCESS, FAILED, CANCELLED or DELETED; a state added later arrives as its own string.",
            "x-hwcloud-open-enum": [
              "CREATED",
              "SUCCESS",
              "FAILED",
              "DELETED",
              "EXECUTING",
              "CANCELLED"
            ],
            "x-hwcloud-deviation": {
              "kind": "enum",
              "doc": "The page gives no list of task states.",
              "reason": "The known values come from the official SDKs' models of this response (the task status comments of the Java, Python and Node SDKs, 3.1.209 and later); the list stays open because the page states no closed set."
            }
          },
          "created_at": {
            "type": "string",
            "description": "When the task started, ISO 8601 UTC with milliseconds."
          },
          "updated_at": {
            "type": "string",
            "description": "When the task ended or last changed, ISO 8601 UTC with milliseconds."
          }
        }
      }
    }
  }
}`),
};
