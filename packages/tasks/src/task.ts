/** The services a feed reads, by the short names used in options, the CLI and `Task.service`. */
export const TASK_SERVICES = ["dcs", "dws", "gaussdb", "kafka"] as const;
export type TaskService = (typeof TASK_SERVICES)[number];

/** One vocabulary for every service's task and job states. */
export const TASK_STATUSES = ["pending", "running", "succeeded", "failed", "cancelled", "unknown"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** States after which a task does not change any more. */
export function isFinal(status: TaskStatus): boolean {
  return status === "succeeded" || status === "failed" || status === "cancelled";
}

/** What a task ran on: a DWS cluster, a Kafka or GaussDB instance. */
export interface TaskResource {
  kind: "cluster" | "instance";
  id: string;
  /** A readable name where the service gives one (the logical cluster, the instance name). */
  name?: string;
}

/** One background task or job, whatever service it comes from. */
export interface TaskBase<Service extends TaskService, Raw> {
  service: Service;
  /** The service's id of the task (DWS sends none: see the README for the id built instead). */
  id: string;
  /** The kind of task, as the service names it (ChangeInstanceSpec, Grow, ResizeGaussDBforMySQLFlavor, ...). */
  name: string;
  status: TaskStatus;
  /** The status exactly as the service sent it; undefined when it sent none. */
  rawStatus: string | undefined;
  startedAt: Date | undefined;
  endedAt: Date | undefined;
  /** endedAt - startedAt in milliseconds, when both are known. */
  durationMs: number | undefined;
  /** The job behind the task: DCS jobs can be followed with `feed.follow`. */
  jobId: string | undefined;
  failureReason: string | undefined;
  resource: TaskResource | undefined;
  /** The item as the service sent it. */
  raw: Raw;
}

export interface DcsRawTask {
  id?: string;
  name?: string;
  status?: string;
  created_at?: string;
  updated_at?: string;
  error_code?: string;
  job_id?: string;
  [field: string]: unknown;
}

export interface DwsRawTask {
  type?: string;
  logical_cluster_name?: string;
  start_time?: string;
  end_time?: string;
  result?: string;
  log?: string;
  [field: string]: unknown;
}

export interface GaussdbRawJob {
  instance_id?: string;
  instance_name?: string;
  job_id?: string;
  job_name?: string;
  status?: string;
  created_time?: string;
  ended_time?: string;
  fail_reason?: string | null;
  [field: string]: unknown;
}

export interface KafkaRawTask {
  id?: string;
  name?: string;
  status?: string;
  created_at?: string;
  updated_at?: string;
  [field: string]: unknown;
}

export type DcsTask = TaskBase<"dcs", DcsRawTask>;
export type DwsTask = TaskBase<"dws", DwsRawTask>;
export type GaussdbTask = TaskBase<"gaussdb", GaussdbRawJob>;
export type KafkaTask = TaskBase<"kafka", KafkaRawTask>;

/** A task of any service; narrow on `service` to get its raw item's type. */
export type Task = DcsTask | DwsTask | GaussdbTask | KafkaTask;

/** Milliseconds between start and end, when both are known. */
export function durationBetween(start: Date | undefined, end: Date | undefined): number | undefined {
  return start && end ? end.getTime() - start.getTime() : undefined;
}
