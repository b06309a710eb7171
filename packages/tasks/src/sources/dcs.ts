import { parseTaskTime } from "../time.js";
import type { DcsRawTask, DcsTask } from "../task.js";
import { buildTask, field, text, walkPages, type TaskSource } from "./source.js";

/** The part of a `@hwcloud/dcs` client the feed uses (a `createDcsClient(...)` result fits). */
export interface DcsTaskClient {
  readonly paginate: {
    listCenterTask(
      params?: { query?: { start_time?: Date; end_time?: Date; limit?: number } },
      options?: { signal?: AbortSignal },
    ): { pages(): AsyncIterable<unknown> };
  };
  waitForJob(
    jobId: string,
    options?: { interval?: number; maxWaitTime?: number; signal?: AbortSignal },
  ): Promise<unknown>;
}

/**
 * A task-centre task. Times are ISO 8601 in UTC with a `Z` (created_at is the start, updated_at the end); the
 * task centre records no failure text, so a failed task's reason is its `error_code`.
 */
export function dcsTask(raw: DcsRawTask): DcsTask {
  const errorCode = text(raw.error_code);
  return buildTask({
    service: "dcs",
    id: text(raw.id) ?? text(raw.job_id) ?? `${raw.name ?? "task"}@${raw.created_at ?? "?"}`,
    name: text(raw.name) ?? "?",
    rawStatus: raw.status,
    startedAt: parseTaskTime(raw.created_at),
    endedAt: parseTaskTime(raw.updated_at),
    jobId: text(raw.job_id),
    failureReason: errorCode && `error code ${errorCode}`,
    resource: undefined,
    raw,
  });
}

export function dcsSource(client: DcsTaskClient): TaskSource {
  return {
    service: "dcs",
    resourceId: undefined,
    list: (window) =>
      walkPages(
        client.paginate
          .listCenterTask(
            { query: { start_time: window.since, end_time: window.until, limit: 100 } },
            { signal: window.signal },
          )
          .pages(),
        (page) => field<DcsRawTask>(page, "tasks"),
        dcsTask,
        window,
      ),
  };
}
