import type { TaskService, TaskStatus } from "./task.js";

/**
 * Each service's status words, as its spec lists them (enum, or the values its descriptions name), and what
 * they mean. Lookup ignores case; a word not listed is `unknown`, never an error, because the services add
 * states without notice. The README's status table is this one (a test keeps them equal).
 */
export const STATUS_TABLES: Readonly<Record<TaskService, Readonly<Record<string, TaskStatus>>>> = {
  // specs/dcs.yaml, ShowJobInfo status: "Known values are INIT, RUNNING, SUCCESS and FAIL"; the task list uses
  // the same words (its description: "e.g. SUCCESS").
  dcs: { INIT: "pending", RUNNING: "running", SUCCESS: "succeeded", FAIL: "failed" },
  // specs/dws.yaml, LogicalClusterTaskInfo result: "e.g. success or failed".
  dws: { success: "succeeded", failed: "failed" },
  // specs/gaussdb-mysql.yaml, TaskDetailInfo status enum: Pending, Running, Completed, Failed.
  gaussdb: { Pending: "pending", Running: "running", Completed: "succeeded", Failed: "failed" },
  // specs/kafka.yaml, BackgroundTask status: "e.g. EXECUTING or SUCCESS".
  kafka: { EXECUTING: "running", SUCCESS: "succeeded" },
};

const folded = Object.fromEntries(
  Object.entries(STATUS_TABLES).map(([service, table]) => [
    service,
    new Map(Object.entries(table).map(([word, status]) => [word.toLowerCase(), status])),
  ]),
) as Record<TaskService, Map<string, TaskStatus>>;

/** The normalised status of a service's status word; `unknown` for anything the table does not list. */
export function normaliseStatus(service: TaskService, raw: unknown): TaskStatus {
  if (typeof raw !== "string") return "unknown";
  return folded[service].get(raw.trim().toLowerCase()) ?? "unknown";
}
