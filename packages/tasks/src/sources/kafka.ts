import { parseTaskTime } from "../time.js";
import type { KafkaRawTask, KafkaTask } from "../task.js";
import { buildTask, field, text, walkPages, type TaskSource } from "./source.js";

/** The part of a `@hwcloud/kafka` client the feed uses (a `createKafkaClient(...)` result fits). */
export interface KafkaTaskClient {
  readonly paginate: {
    listBackgroundTasks(
      params: {
        path: { instance_id: string };
        query?: { begin_time?: Date; end_time?: Date; limit?: number };
      },
      options?: { signal?: AbortSignal },
    ): { pages(): AsyncIterable<unknown> };
  };
}

/**
 * A background task of an instance. Times are ISO 8601 in UTC with a `Z`; the service records no failure
 * reason.
 */
export function kafkaTask(raw: KafkaRawTask, instanceId: string): KafkaTask {
  return buildTask({
    service: "kafka",
    id: text(raw.id) ?? `${raw.name ?? "task"}@${raw.created_at ?? "?"}`,
    name: text(raw.name) ?? "?",
    rawStatus: raw.status,
    startedAt: parseTaskTime(raw.created_at),
    endedAt: parseTaskTime(raw.updated_at),
    jobId: undefined,
    failureReason: undefined,
    resource: { kind: "instance", id: instanceId },
    raw,
  });
}

export function kafkaSource(client: KafkaTaskClient, instanceId: string): TaskSource {
  return {
    service: "kafka",
    resourceId: instanceId,
    list: (window) =>
      walkPages(
        client.paginate
          .listBackgroundTasks(
            {
              path: { instance_id: instanceId },
              query: { begin_time: window.since, end_time: window.until, limit: 50 },
            },
            { signal: window.signal },
          )
          .pages(),
        (page) => field<KafkaRawTask>(page, "tasks"),
        (raw) => kafkaTask(raw, instanceId),
        window,
      ),
  };
}
