import { createDcsClient } from "@hwcloud/dcs";
import { createDwsClient } from "@hwcloud/dws";
import { createGaussdbMysqlClient } from "@hwcloud/gaussdb-mysql";
import { createKafkaClient } from "@hwcloud/kafka";
import {
  createTaskFeed,
  TASK_SERVICES,
  type Task,
  type TaskFeedOptions,
  type TaskService,
} from "@hwcloud/tasks";
import type { Connection } from "./connection.ts";

/** Resource ids some list operations are scoped to; empty skips that service. */
export interface ResourceIds {
  readonly dwsClusterId: string;
  readonly kafkaInstanceId: string;
}

export interface ServiceOutcome {
  readonly service: TaskService;
  readonly tasks: Task[];
  readonly error?: string;
  /** Why the service was not asked (no cluster or instance id). */
  readonly skipped?: string;
}

// A page shows the latest few per service; the feed pages further only when a service has more to give.
const TASKS_PER_SERVICE = 10;
const WEEK_MS = 7 * 86_400_000;

/**
 * The most recent tasks of every service through @hwcloud/tasks: one status vocabulary and real dates, the
 * services listed at once; one failing service does not hide the others' tasks.
 */
export async function listAllTasks(connection: Connection, ids: ResourceIds): Promise<ServiceOutcome[]> {
  const options: TaskFeedOptions = {
    dcs: createDcsClient(connection.clientOptions("dcs")),
    gaussdb: createGaussdbMysqlClient(connection.clientOptions("gaussdb-mysql")),
  };
  if (ids.dwsClusterId)
    options.dws = {
      client: createDwsClient(connection.clientOptions("dws")),
      clusterIds: [ids.dwsClusterId],
    };
  if (ids.kafkaInstanceId)
    options.kafka = {
      client: createKafkaClient(connection.clientOptions("kafka")),
      instanceIds: [ids.kafkaInstanceId],
    };
  const listing = createTaskFeed(options).list({
    since: Date.now() - WEEK_MS,
    maxTasksPerSource: TASKS_PER_SERVICE,
  });
  const tasks: Task[] = [];
  for await (const task of listing) tasks.push(task);
  return TASK_SERVICES.map((service): ServiceOutcome => {
    if (service === "dws" && !ids.dwsClusterId) return { service, tasks: [], skipped: "no cluster ID given" };
    if (service === "kafka" && !ids.kafkaInstanceId)
      return { service, tasks: [], skipped: "no instance ID given" };
    const failure = listing.failures.find((f) => f.service === service);
    return {
      service,
      tasks: tasks.filter((task) => task.service === service),
      ...(failure ? { error: failure.message } : {}),
    };
  });
}
