import type { Task, TaskService } from "./task.js";

/** Names for people, the same in the CLI and the examples. */
export const SERVICE_LABELS: Readonly<Record<TaskService, string>> = {
  dcs: "DCS",
  dws: "DWS",
  gaussdb: "GaussDB(MySQL)",
  kafka: "Kafka",
};

/** The one time format shown to people: "2026-11-24 01:30:19 UTC". */
export function formatTaskTime(date: Date | undefined): string {
  return date ? `${date.toISOString().slice(0, 19).replace("T", " ")} UTC` : "?";
}

/** "42s", "3m 25s", "2h 5m"; rounded to whole seconds. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}

/** How long a task took, or has been running ("20s so far"); empty when that is not known. */
export function formatTook(task: Task, now: Date): string {
  if (task.durationMs !== undefined) return formatDuration(task.durationMs);
  if (task.startedAt && (task.status === "running" || task.status === "pending"))
    return `${formatDuration(now.getTime() - task.startedAt.getTime())} so far`;
  return "";
}

/** The normalised status, with the service's own word when the table does not know it: "unknown (DELETED)". */
export function formatStatus(task: Task): string {
  return task.status === "unknown" && task.rawStatus ? `unknown (${task.rawStatus})` : task.status;
}
