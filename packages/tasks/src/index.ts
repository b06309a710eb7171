export { createTaskFeed, type TaskFeed, type TaskList, type ListOptions } from "./feed.js";
export type { TaskFeedOptions } from "./feed-options.js";
export type { WatchOptions, TaskEvent } from "./watch.js";
export type { FollowOptions, FollowResult } from "./follow.js";
export { TaskOptionsError, TaskServiceError } from "./errors.js";
export { CLOUD_ENV, resolveCloudTarget, type CloudTarget, type CloudTargetOptions } from "./cloud-target.js";
export { STATUS_TABLES, normaliseStatus } from "./status.js";
export { parseTaskTime } from "./time.js";
export { formatTaskTime, formatDuration, formatTook, formatStatus, SERVICE_LABELS } from "./format.js";
export { TASK_SERVICES, TASK_STATUSES, isFinal } from "./task.js";
export type {
  Task,
  TaskBase,
  TaskStatus,
  TaskService,
  TaskResource,
  DcsTask,
  DwsTask,
  GaussdbTask,
  KafkaTask,
  DcsRawTask,
  DwsRawTask,
  GaussdbRawJob,
  KafkaRawTask,
} from "./task.js";
export type { DcsTaskClient } from "./sources/dcs.js";
export type { DwsTaskClient } from "./sources/dws.js";
export type { GaussdbTaskClient } from "./sources/gaussdb.js";
export type { KafkaTaskClient } from "./sources/kafka.js";
export { dcsTask } from "./sources/dcs.js";
export { dwsTask } from "./sources/dws.js";
export { gaussdbTask } from "./sources/gaussdb.js";
export { kafkaTask } from "./sources/kafka.js";
