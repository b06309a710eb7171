import { formatStatus, formatTaskTime, formatTook, SERVICE_LABELS, type TaskStatus } from "@hwcloud/tasks";
import type { ServiceTasks } from "./collect.js";
import { renderTable } from "./table.js";

const RECENT_ROWS = 15;
const COUNTED: TaskStatus[] = ["pending", "running", "succeeded", "failed", "cancelled", "unknown"];

/** The summary per service (in @hwcloud/tasks' status vocabulary), then the most recent tasks across all of them. */
export function renderReport(results: ServiceTasks[], now: Date): string {
  const summary = renderTable(
    ["Service", "Tasks", ...COUNTED.map((status) => status[0]!.toUpperCase() + status.slice(1))],
    results.map(({ service, tasks, note }) => {
      if (note) return [SERVICE_LABELS[service], note, ...COUNTED.map(() => "")];
      return [
        SERVICE_LABELS[service],
        tasks.length,
        ...COUNTED.map((status) => tasks.filter((task) => task.status === status).length),
      ];
    }),
  );
  const recent = results
    .flatMap((result) => result.tasks)
    .sort((a, b) => (b.startedAt?.getTime() ?? 0) - (a.startedAt?.getTime() ?? 0))
    .slice(0, RECENT_ROWS);
  const latest = renderTable(
    ["Started", "Service", "Task", "Status", "Took"],
    recent.map((task) => [
      formatTaskTime(task.startedAt),
      SERVICE_LABELS[task.service],
      task.name,
      formatStatus(task),
      formatTook(task, now),
    ]),
  );
  return `${summary}\n\nMost recent ${recent.length} across services\n${latest}`;
}
