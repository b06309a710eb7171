// generated from specs/*.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

import type { MockOperation } from "../mock-operation.js";

/** Every operation of specs/, by service name then path order, with its schemas written out in full. */
export const operations: readonly MockOperation[] = JSON.parse(`[
  {
    "service": "dcs",
    "operationId": "ListCenterTask",
    "method": "GET",
    "pathTemplate": "/v2/{project_id}/tasks",
    "parameters": [
      {
        "name": "project_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "a4d31cb6-3d72-4fdc-8ec9-6e3a41e47f71"
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
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
        "required": false,
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
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{14}$"
        },
        "example": "20200609160000",
        "timeFormat": {
          "pattern": "yyyyMMddHHmmss",
          "regExp": "^(?<yyyy>[0-9]{4})(?<MM>[0-9]{2})(?<dd>[0-9]{2})(?<HH>[0-9]{2})(?<mm>[0-9]{2})(?<ss>[0-9]{2})$"
        }
      },
      {
        "name": "end_time",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{14}$"
        },
        "example": "20230612155959",
        "timeFormat": {
          "pattern": "yyyyMMddHHmmss",
          "regExp": "^(?<yyyy>[0-9]{4})(?<MM>[0-9]{2})(?<dd>[0-9]{2})(?<HH>[0-9]{2})(?<mm>[0-9]{2})(?<ss>[0-9]{2})$"
        }
      }
    ],
    "auth": [
      "akSk"
    ],
    "responses": {
      "200": {
        "schema": {
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
              }
            }
          }
        },
        "examples": [
          {
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
        ]
      },
      "400": {
        "schema": {
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
        "examples": []
      },
      "500": {
        "schema": {
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
        "examples": []
      }
    },
    "pagination": {
      "offsetParam": "offset",
      "limitParam": "limit",
      "unit": "item",
      "first": 0,
      "items": "tasks",
      "total": "task_count",
      "defaultLimit": 10,
      "maxLimit": 1000
    }
  },
  {
    "service": "dcs",
    "operationId": "ShowJobInfo",
    "method": "GET",
    "pathTemplate": "/v2/{project_id}/jobs/{job_id}",
    "parameters": [
      {
        "name": "project_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "a4d31cb6-3d72-4fdc-8ec9-6e3a41e47f71"
      },
      {
        "name": "job_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "ff8080818822bbf70188235afc24141a"
      }
    ],
    "auth": [
      "akSk"
    ],
    "responses": {
      "200": {
        "schema": {
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
        },
        "examples": [
          {
            "job_id": "ff8080818822bbf70188235afc24141a",
            "job_type": "masterStandbySwapJob",
            "status": "SUCCESS",
            "begin_time": "1684191545379",
            "end_time": "1684191548248",
            "fail_reason": null
          }
        ]
      },
      "400": {
        "schema": {
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
        "examples": [
          {
            "error_code": "111400063",
            "error_msg": "Invalid {0} parameter in the request."
          }
        ]
      },
      "401": {
        "schema": {
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
        "examples": []
      },
      "403": {
        "schema": {
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
        "examples": []
      },
      "404": {
        "schema": {
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
        "examples": []
      },
      "500": {
        "schema": {
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
        "examples": []
      }
    },
    "waiter": {
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
    }
  },
  {
    "service": "dws",
    "operationId": "ListLogicalClusterTasks",
    "method": "GET",
    "pathTemplate": "/v2/{project_id}/clusters/{cluster_id}/logical-clusters/tasks",
    "parameters": [
      {
        "name": "project_id",
        "in": "path",
        "required": true,
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
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "9b7ff56b-47b3-4d00-a1fd-4c023d34404b"
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
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
        "required": false,
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
        "required": false,
        "schema": {
          "type": "string"
        },
        "example": "test_logical"
      },
      {
        "name": "type",
        "in": "query",
        "required": false,
        "schema": {
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
        "example": "Expand"
      },
      {
        "name": "order_by",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string"
        },
        "example": "startTime"
      },
      {
        "name": "order",
        "in": "query",
        "required": false,
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
    "auth": [
      "akSk"
    ],
    "responses": {
      "200": {
        "schema": {
          "type": "object",
          "description": "One page of logical cluster tasks.",
          "properties": {
            "logical_cluster_tasks": {
              "type": "array",
              "description": "The tasks on this page.",
              "items": {
                "type": "object",
                "description": "One task run on a logical cluster.",
                "properties": {
                  "type": {
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
            },
            "count": {
              "type": "integer",
              "format": "int64",
              "description": "Number of tasks that match the query, across all pages."
            }
          }
        },
        "examples": [
          {
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
        ]
      },
      "400": {
        "schema": {
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
        "examples": []
      },
      "401": {
        "schema": {
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
        "examples": []
      },
      "403": {
        "schema": {
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
        "examples": []
      },
      "404": {
        "schema": {
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
        "examples": []
      },
      "500": {
        "schema": {
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
        "examples": []
      },
      "503": {
        "schema": {
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
        "examples": []
      }
    },
    "pagination": {
      "offsetParam": "offset",
      "limitParam": "limit",
      "unit": "page",
      "first": 0,
      "items": "logical_cluster_tasks",
      "total": "count",
      "defaultLimit": 10
    }
  },
  {
    "service": "gaussdb-mysql",
    "operationId": "ListImmediateJobs",
    "method": "GET",
    "pathTemplate": "/v3/{project_id}/immediate-jobs",
    "parameters": [
      {
        "name": "project_id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "619d3e78f61b4be68bc5aa0b59edcf7b"
      },
      {
        "name": "status",
        "in": "query",
        "required": false,
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
        "required": false,
        "schema": {
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
        "example": "CloseGaussDBforMySQLProxy"
      },
      {
        "name": "job_id",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string"
        },
        "example": "7155730b-a60b-4dc0-9f89-3f55897f29d6"
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
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
        "required": false,
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
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{4}$"
        },
        "example": "2018-08-06T10:41:14+0000",
        "timeFormat": {
          "pattern": "yyyy-MM-ddTHH:mm:ssZ",
          "regExp": "^(?<yyyy>[0-9]{4})\\\\-(?<MM>[0-9]{2})\\\\-(?<dd>[0-9]{2})T(?<HH>[0-9]{2}):(?<mm>[0-9]{2}):(?<ss>[0-9]{2})(?<Z>[+-][0-9]{4})$"
        }
      },
      {
        "name": "end_time",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{4}$"
        },
        "example": "2018-08-06T12:41:14+0000",
        "timeFormat": {
          "pattern": "yyyy-MM-ddTHH:mm:ssZ",
          "regExp": "^(?<yyyy>[0-9]{4})\\\\-(?<MM>[0-9]{2})\\\\-(?<dd>[0-9]{2})T(?<HH>[0-9]{2}):(?<mm>[0-9]{2}):(?<ss>[0-9]{2})(?<Z>[+-][0-9]{4})$"
        }
      },
      {
        "name": "X-Language",
        "in": "header",
        "required": false,
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
    "auth": [
      "akSk",
      "iamToken"
    ],
    "responses": {
      "200": {
        "schema": {
          "type": "object",
          "description": "One page of instant jobs.",
          "properties": {
            "jobs": {
              "type": "array",
              "description": "The jobs on this page.",
              "items": {
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
              "x-hwcloud-deviation": {
                "kind": "other",
                "doc": "The page's response table has no action_names field.",
                "reason": "The service sends it: the official SDKs model it as a list of strings since Python 3.1.201, Java 3.1.202 and Node 3.1.201 (ListImmediateJobsResponse.action_names)."
              }
            }
          }
        },
        "examples": [
          {
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
        ]
      },
      "400": {
        "schema": {
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
        "examples": []
      },
      "500": {
        "schema": {
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
        "examples": []
      }
    },
    "pagination": {
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
    }
  },
  {
    "service": "kafka",
    "operationId": "ListBackgroundTasks",
    "method": "GET",
    "pathTemplate": "/v2/{project_id}/instances/{instance_id}/tasks",
    "parameters": [
      {
        "name": "project_id",
        "in": "path",
        "required": true,
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
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "5c7f4a0e-8ad2-4ac9-a3e6-8f6d9c0b1a2b"
      },
      {
        "name": "start",
        "in": "query",
        "required": false,
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
        "required": false,
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
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{14}$"
        },
        "example": "20200515000000",
        "timeFormat": {
          "pattern": "yyyyMMddHHmmss",
          "regExp": "^(?<yyyy>[0-9]{4})(?<MM>[0-9]{2})(?<dd>[0-9]{2})(?<HH>[0-9]{2})(?<mm>[0-9]{2})(?<ss>[0-9]{2})$"
        }
      },
      {
        "name": "end_time",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{14}$"
        },
        "example": "20200516000000",
        "timeFormat": {
          "pattern": "yyyyMMddHHmmss",
          "regExp": "^(?<yyyy>[0-9]{4})(?<MM>[0-9]{2})(?<dd>[0-9]{2})(?<HH>[0-9]{2})(?<mm>[0-9]{2})(?<ss>[0-9]{2})$"
        }
      }
    ],
    "auth": [
      "akSk"
    ],
    "responses": {
      "200": {
        "schema": {
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
        },
        "examples": [
          {
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
        ]
      },
      "4XX": {
        "schema": {
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
        "examples": []
      },
      "5XX": {
        "schema": {
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
        "examples": []
      }
    },
    "pagination": {
      "offsetParam": "start",
      "limitParam": "limit",
      "unit": "item",
      "first": 1,
      "items": "tasks",
      "total": "task_count",
      "maxLimit": 100
    }
  }
]`);
