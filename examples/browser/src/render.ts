import { formatStatus, formatTaskTime, formatTook, SERVICE_LABELS } from "@hwcloud/tasks";
import type { ServiceOutcome } from "./task-sources.ts";

function cell(text: string, title?: string): HTMLTableCellElement {
  const td = document.createElement("td");
  td.textContent = text;
  if (title) td.title = title;
  return td;
}

/**
 * Fills the table (text only, never HTML from the service), newest first across services, and one status line
 * per service. Statuses and times are @hwcloud/tasks' (the service's own word shows on hover).
 */
export function renderOutcomes(
  outcomes: ServiceOutcome[],
  table: HTMLTableSectionElement,
  summary: HTMLElement,
): void {
  const now = new Date();
  const rows = outcomes
    .flatMap((outcome) => outcome.tasks)
    .sort((a, b) => (b.startedAt?.getTime() ?? 0) - (a.startedAt?.getTime() ?? 0))
    .map((task) => {
      const tr = document.createElement("tr");
      tr.dataset.service = task.service;
      tr.dataset.status = task.status;
      tr.append(
        cell(formatTaskTime(task.startedAt)),
        cell(SERVICE_LABELS[task.service]),
        cell(task.name),
        cell(formatStatus(task), task.rawStatus && `${SERVICE_LABELS[task.service]} says ${task.rawStatus}`),
        cell(formatTook(task, now)),
      );
      return tr;
    });
  table.replaceChildren(...rows);
  summary.replaceChildren(
    ...outcomes.map((outcome) => {
      const li = document.createElement("li");
      li.dataset.service = outcome.service;
      li.className = outcome.error ? "failed" : outcome.skipped ? "skipped" : "ok";
      const label = SERVICE_LABELS[outcome.service];
      li.textContent = outcome.error
        ? `${label}: ${outcome.error}`
        : outcome.skipped
          ? `${label}: skipped (${outcome.skipped})`
          : `${label}: ${outcome.tasks.length} tasks`;
      return li;
    }),
  );
}
