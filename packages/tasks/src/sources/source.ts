import { durationBetween, type TaskBase, type TaskResource, type TaskService } from "../task.js";
import { normaliseStatus } from "../status.js";
import type { Task } from "../task.js";

/** What a list asks one source for: tasks started in [since, until], at most `maxTasks` of them. */
export interface ListWindow {
  since: Date;
  until: Date | undefined;
  maxTasks: number;
  signal: AbortSignal | undefined;
}

/** One stream of tasks: a service, or one DWS cluster / Kafka instance of it, newest first. */
export interface TaskSource {
  service: TaskService;
  resourceId: string | undefined;
  list(window: ListWindow): AsyncIterable<Task>;
}

/** Builds a Task from the fields every adapter reads; `endedAt` is kept only once the task is over. */
export function buildTask<Service extends TaskService, Raw>(fields: {
  service: Service;
  id: string;
  name: string;
  rawStatus: unknown;
  startedAt: Date | undefined;
  endedAt: Date | undefined;
  jobId: string | undefined;
  failureReason: string | null | undefined;
  resource: TaskResource | undefined;
  raw: Raw;
}): TaskBase<Service, Raw> {
  const status = normaliseStatus(fields.service, fields.rawStatus);
  // The services touch their "updated" time while a task runs; it is an end time only once the task is over.
  const endedAt = status === "pending" || status === "running" ? undefined : fields.endedAt;
  return {
    service: fields.service,
    id: fields.id,
    name: fields.name,
    status,
    rawStatus: typeof fields.rawStatus === "string" ? fields.rawStatus : undefined,
    startedAt: fields.startedAt,
    endedAt,
    durationMs: durationBetween(fields.startedAt, endedAt),
    jobId: fields.jobId || undefined,
    // A reason next to a success is a leftover (DCS sends error codes on successful tasks); an unlisted status
    // word may still be a failure, so its reason is kept.
    failureReason:
      (status === "failed" || status === "unknown") && fields.failureReason
        ? fields.failureReason
        : undefined,
    resource: fields.resource,
    raw: fields.raw,
  };
}

/**
 * Walks a source's pages, newest first within each page, keeping tasks that started in the window and
 * stopping at `maxTasks`. `sortedNewestFirst` sources (asked to sort) stop at the first task older than `since`.
 */
export async function* walkPages<Item>(
  pages: AsyncIterable<unknown>,
  itemsOf: (page: unknown) => Item[] | undefined,
  toTask: (item: Item) => Task,
  window: ListWindow,
  sortedNewestFirst = false,
): AsyncGenerator<Task> {
  let count = 0;
  for await (const page of pages) {
    const tasks = (itemsOf(page) ?? []).map(toTask).sort(newestFirst);
    for (const task of tasks) {
      const started = task.startedAt?.getTime();
      if (started !== undefined && started < window.since.getTime()) {
        if (sortedNewestFirst) return;
        continue;
      }
      if (started !== undefined && window.until && started > window.until.getTime()) continue;
      yield task;
      if (++count >= window.maxTasks) return;
    }
  }
}

/** Newest start first; tasks without a start time last. */
export function newestFirst(a: Task, b: Task): number {
  return (b.startedAt?.getTime() ?? -Infinity) - (a.startedAt?.getTime() ?? -Infinity) || 0;
}

export function field<T>(page: unknown, name: string): T[] | undefined {
  const value =
    typeof page === "object" && page !== null ? (page as Record<string, unknown>)[name] : undefined;
  return Array.isArray(value) ? (value as T[]) : undefined;
}

export function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
