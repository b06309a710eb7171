import { parseTaskTime } from "../time.js";
import type { GaussdbRawJob, GaussdbTask } from "../task.js";
import { buildTask, field, text, walkPages, type TaskSource } from "./source.js";

/** The part of a `@hwcloud/gaussdb-mysql` client the feed uses (a `createGaussdbMysqlClient(...)` result fits). */
export interface GaussdbTaskClient {
  readonly paginate: {
    listImmediateJobs(
      params?: { query?: { start_time?: Date; end_time?: Date; limit?: "10" | "20" | "50" } },
      options?: { signal?: AbortSignal },
    ): { pages(): AsyncIterable<unknown> };
  };
}

/**
 * An instant job. Times are ISO 8601 with the offset written `+hhmm` (`2018-08-06T10:41:14+0000`), read with
 * that offset; the job id is both the task id and `jobId`; `fail_reason` is the reason.
 */
export function gaussdbTask(raw: GaussdbRawJob): GaussdbTask {
  const instanceId = text(raw.instance_id);
  const instanceName = text(raw.instance_name);
  return buildTask({
    service: "gaussdb",
    id: text(raw.job_id) ?? `${raw.job_name ?? "job"}@${raw.created_time ?? "?"}`,
    name: text(raw.job_name) ?? "?",
    rawStatus: raw.status,
    startedAt: parseTaskTime(raw.created_time),
    endedAt: parseTaskTime(raw.ended_time),
    jobId: text(raw.job_id),
    failureReason: raw.fail_reason,
    resource: instanceId
      ? { kind: "instance", id: instanceId, ...(instanceName ? { name: instanceName } : {}) }
      : undefined,
    raw,
  });
}

export function gaussdbSource(client: GaussdbTaskClient): TaskSource {
  return {
    service: "gaussdb",
    resourceId: undefined,
    list: (window) =>
      walkPages(
        client.paginate
          .listImmediateJobs(
            { query: { start_time: window.since, end_time: window.until, limit: "50" } },
            { signal: window.signal },
          )
          .pages(),
        (page) => field<GaussdbRawJob>(page, "jobs"),
        gaussdbTask,
        window,
      ),
  };
}
