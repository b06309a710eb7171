import type { ServiceOutcome } from "./task-sources.ts";

const serviceLabels: Record<string, string> = {
  dws: "DWS",
  dcs: "DCS",
  "gaussdb-mysql": "GaussDB for MySQL",
  kafka: "Kafka",
};

function cell(text: string): HTMLTableCellElement {
  const td = document.createElement("td");
  td.textContent = text;
  return td;
}

/** Fills the table (text only, never HTML from the service) and one status line per service. */
export function renderOutcomes(
  outcomes: ServiceOutcome[],
  table: HTMLTableSectionElement,
  summary: HTMLElement,
): void {
  const rows = outcomes
    .flatMap((outcome) => outcome.rows)
    .sort((a, b) => b.started.localeCompare(a.started))
    .map((row) => {
      const tr = document.createElement("tr");
      tr.dataset.service = row.service;
      tr.append(
        cell(serviceLabels[row.service] ?? row.service),
        cell(row.name),
        cell(row.status),
        cell(row.started),
      );
      return tr;
    });
  table.replaceChildren(...rows);
  summary.replaceChildren(
    ...outcomes.map((outcome) => {
      const li = document.createElement("li");
      li.dataset.service = outcome.service;
      li.className = outcome.error ? "failed" : "ok";
      const label = serviceLabels[outcome.service] ?? outcome.service;
      li.textContent = outcome.error
        ? `${label}: ${outcome.error}`
        : `${label}: ${outcome.rows.length} tasks`;
      return li;
    }),
  );
}
