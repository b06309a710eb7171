import { outcomeOf, type Activity } from "./activity.js";
import type { ServiceActivity } from "./collect.js";
import { renderTable } from "./table.js";

const RECENT_ROWS = 15;

/** The summary per service, then the most recent tasks across all of them. */
export function renderReport(results: ServiceActivity[], now: Date): string {
  const summary = renderTable(
    ["Service", "Tasks", "Pages", "Running", "Succeeded", "Failed"],
    results.map(({ service, activities, pages, note }) => {
      if (note) return [service, note, "", "", "", ""];
      const count = (outcome: string) => activities.filter((a) => outcomeOf(a.status) === outcome).length;
      return [service, activities.length, pages, count("running"), count("succeeded"), count("failed")];
    }),
  );
  const recent = results
    .flatMap((result) => result.activities)
    .sort((a, b) => (b.startedAt?.getTime() ?? 0) - (a.startedAt?.getTime() ?? 0))
    .slice(0, RECENT_ROWS);
  const latest = renderTable(
    ["Started (UTC)", "Service", "Task", "Status", "Took"],
    recent.map((activity) => [
      activity.startedAt ? utc(activity.startedAt) : "?",
      activity.service,
      activity.name,
      activity.status,
      took(activity, now),
    ]),
  );
  return `${summary}\n\nMost recent ${recent.length} across services\n${latest}`;
}

function utc(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}

function took(activity: Activity, now: Date): string {
  if (!activity.startedAt) return "";
  if (!activity.endedAt)
    return outcomeOf(activity.status) === "running"
      ? `${duration(now.getTime() - activity.startedAt.getTime())} so far`
      : "";
  return duration(activity.endedAt.getTime() - activity.startedAt.getTime());
}

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}
