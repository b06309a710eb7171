import { formatStatus, formatTaskTime, formatTook, SERVICE_LABELS } from "../format.js";
import type { Task } from "../task.js";
import type { TaskEvent } from "../watch.js";

/** A plain-text table: columns padded to their widest cell. */
export function renderTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

export const TASK_COLUMNS = ["Started", "Service", "Task", "Status", "Took", "Resource", "Reason"];

// A reason is for reading at a glance in a table row; --json has it whole.
const REASON_WIDTH = 60;

/** The failure reason on one line (DWS logs span several), clipped to `max` characters. */
export function reasonText(task: Task, max = Infinity): string {
  const text = (task.failureReason ?? "").replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function taskRow(task: Task, now: Date): string[] {
  const resource = task.resource
    ? task.resource.name
      ? `${task.resource.id} (${task.resource.name})`
      : task.resource.id
    : "";
  return [
    formatTaskTime(task.startedAt),
    SERVICE_LABELS[task.service],
    task.name,
    formatStatus(task),
    formatTook(task, now),
    resource,
    reasonText(task, REASON_WIDTH),
  ];
}

/** One line per watch event, for pipes and logs. */
export function eventLine(event: TaskEvent, now: Date): string {
  if (event.type === "error") return `${formatTaskTime(now)}  error     ${event.error.message}`;
  const { task, before } = event;
  const change = before ? `${formatStatus(before)} -> ${formatStatus(task)}` : formatStatus(task);
  const took = formatTook(task, now);
  const reason = reasonText(task);
  return `${formatTaskTime(now)}  ${event.type.padEnd(8)}  ${SERVICE_LABELS[task.service]}  ${task.name}  ${change}${took ? `  (${took})` : ""}  ${task.id}${reason ? `  reason: ${reason}` : ""}`;
}

/** A task as one JSON line: dates as ISO 8601 strings, the raw item included. */
export function taskJson(task: Task): string {
  return JSON.stringify(task);
}

export function eventJson(event: TaskEvent): string {
  if (event.type === "error")
    return JSON.stringify({
      type: "error",
      service: event.error.service,
      resourceId: event.error.resourceId,
      message: event.error.message,
    });
  return JSON.stringify(event);
}
