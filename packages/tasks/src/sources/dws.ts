import { parseTaskTime } from "../time.js";
import type { DwsRawTask, DwsTask } from "../task.js";
import { buildTask, field, text, walkPages, type TaskSource } from "./source.js";

/** The part of a `@hwcloud/dws` client the feed uses (a `createDwsClient(...)` result fits). */
export interface DwsTaskClient {
  readonly paginate: {
    listLogicalClusterTasks(
      params: {
        path: { cluster_id: string };
        query?: { limit?: number; order_by?: string; order?: "ASC" | "DESC" };
      },
      options?: { signal?: AbortSignal },
    ): { pages(): AsyncIterable<unknown> };
  };
}

/**
 * A logical-cluster task. DWS writes `yyyy-MM-dd HH:mm:ss` with no zone; it is read at `utcOffset` (UTC unless
 * the feed is told otherwise). DWS gives tasks no id, so the id is `<cluster>/<logical cluster>/<type>@<start>`,
 * which stays the same from one list to the next. A failed task's reason is its execution log.
 */
export function dwsTask(raw: DwsRawTask, clusterId: string, utcOffset = "+00:00"): DwsTask {
  const logicalCluster = text(raw.logical_cluster_name);
  return buildTask({
    service: "dws",
    id: `${clusterId}/${logicalCluster ?? ""}/${raw.type ?? ""}@${raw.start_time ?? ""}`,
    name: text(raw.type) ?? "?",
    rawStatus: raw.result,
    startedAt: parseTaskTime(raw.start_time, utcOffset),
    endedAt: parseTaskTime(raw.end_time, utcOffset),
    jobId: undefined,
    failureReason: text(raw.log),
    resource: { kind: "cluster", id: clusterId, ...(logicalCluster ? { name: logicalCluster } : {}) },
    raw,
  });
}

export function dwsSource(client: DwsTaskClient, clusterId: string, utcOffset: string): TaskSource {
  return {
    service: "dws",
    resourceId: clusterId,
    // DWS has no time filter: asked for newest first, the walk stops at the first task older than `since`.
    list: (window) =>
      walkPages(
        client.paginate
          .listLogicalClusterTasks(
            { path: { cluster_id: clusterId }, query: { limit: 50, order_by: "startTime", order: "DESC" } },
            { signal: window.signal },
          )
          .pages(),
        (page) => field<DwsRawTask>(page, "logical_cluster_tasks"),
        (raw) => dwsTask(raw, clusterId, utcOffset),
        window,
        true,
      ),
  };
}
