import type { TaskService, TaskStatus } from "./task.js";

/**
 * Each service's status words, as its spec lists them (`x-hwcloud-open-enum`, an enum, or the values its
 * description names), and what they mean. Lookup ignores case; a word not listed is `unknown`, never an error,
 * because the services add states without notice. The README's status table is this one (a test keeps them
 * equal, and another that every word the specs list is here).
 */
export const STATUS_TABLES: Readonly<Record<TaskService, Readonly<Record<string, TaskStatus>>>> = {
  // specs/dcs.yaml, ShowJobInfo status: INIT, RUNNING, SUCCESS, FAIL; the task list uses the same words (its
  // description: "e.g. SUCCESS").
  dcs: { INIT: "pending", RUNNING: "running", SUCCESS: "succeeded", FAIL: "failed" },
  // specs/dws.yaml, LogicalClusterTaskInfo result: "e.g. success or failed".
  dws: { success: "succeeded", failed: "failed" },
  // specs/gaussdb-mysql.yaml, TaskDetailInfo status: Pending, Running, Completed, Failed.
  gaussdb: { Pending: "pending", Running: "running", Completed: "succeeded", Failed: "failed" },
  // specs/kafka.yaml, BackgroundTask status: CREATED, EXECUTING, SUCCESS, FAILED, CANCELLED, DELETED. A
  // deleted task ends without running to its end, as a cancelled one does.
  kafka: {
    CREATED: "pending",
    EXECUTING: "running",
    SUCCESS: "succeeded",
    FAILED: "failed",
    CANCELLED: "cancelled",
    DELETED: "cancelled",
  },
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
