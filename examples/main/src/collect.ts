import { createDcsClient } from "@hwcloud/dcs";
import { createDwsClient } from "@hwcloud/dws";
import { createGaussdbMysqlClient } from "@hwcloud/gaussdb-mysql";
import { createKafkaClient } from "@hwcloud/kafka";
import {
  createTaskFeed,
  SERVICE_LABELS,
  type DcsTask,
  type Task,
  type TaskFeed,
  type TaskFeedOptions,
  type TaskService,
  type CloudTarget,
} from "@hwcloud/tasks";
import type { Progress } from "./progress.js";

/** What one service's list gave: its recent tasks, or why it has none. */
export interface ServiceTasks {
  service: TaskService;
  tasks: Task[];
  /** Not asked (no DWS cluster id for the real cloud), or its answer was an error. */
  note?: string;
}

export const SERVICE_ORDER: TaskService[] = ["dcs", "dws", "gaussdb", "kafka"];

/** The feed over the four services; DWS and Kafka only with a cluster / instance to ask about. */
export function createFeed(target: CloudTarget): TaskFeed {
  const options: TaskFeedOptions = {
    dcs: createDcsClient(target.client),
    gaussdb: createGaussdbMysqlClient(target.client),
  };
  if (target.dwsClusterIds.length)
    options.dws = { client: createDwsClient(target.client), clusterIds: target.dwsClusterIds };
  if (target.kafkaInstanceIds.length)
    options.kafka = { client: createKafkaClient(target.client), instanceIds: target.kafkaInstanceIds };
  return createTaskFeed(options);
}

/** Recent tasks and jobs from the four services, merged newest first by the feed, grouped back per service. */
export async function collectTasks(
  feed: TaskFeed,
  target: CloudTarget,
  since: Date,
  progress: Progress,
): Promise<ServiceTasks[]> {
  const byService = new Map<TaskService, Task[]>(SERVICE_ORDER.map((service) => [service, []]));
  const listing = feed.list({ since });
  let count = 0;
  for await (const task of listing) {
    byService.get(task.service)!.push(task);
    if (++count % 25 === 0) progress.update(`Listed ${count} tasks (${describeCounts(byService)})`);
  }
  progress.update(`Listed ${count} tasks (${describeCounts(byService)})`);
  return SERVICE_ORDER.map((service) => {
    const failure = listing.failures.find((f) => f.service === service);
    if (failure) return { service, tasks: byService.get(service)!, note: `failed: ${failure.message}` };
    if (service === "dws" && !target.dwsClusterIds.length)
      return { service, tasks: [], note: "skipped: no cluster id (set HUAWEICLOUD_DWS_CLUSTER_ID)" };
    if (service === "kafka" && !target.kafkaInstanceIds.length)
      return { service, tasks: [], note: "skipped: no instance id (set HUAWEICLOUD_KAFKA_INSTANCE_ID)" };
    return { service, tasks: byService.get(service)! };
  });
}

function describeCounts(byService: Map<TaskService, Task[]>): string {
  return [...byService].map(([service, tasks]) => `${SERVICE_LABELS[service]} ${tasks.length}`).join(", ");
}

/** Follows a running DCS job to its end (or, when none is running, says how the newest one ended). */
export async function followDcsJob(
  feed: TaskFeed,
  dcsTasks: Task[],
  progress: Progress,
  wait: { interval: number; timeout: number },
): Promise<string> {
  const withJob = dcsTasks.filter(
    (task): task is DcsTask => task.service === "dcs" && task.jobId !== undefined,
  );
  const running = withJob.find((task) => task.status === "running" || task.status === "pending");
  const chosen = running ?? withJob[0];
  if (!chosen) return "No DCS job in the window to follow.";
  if (!running)
    return `No DCS job is running; the newest, ${chosen.jobId} (${chosen.name}), ${chosen.status}.`;

  const started = Date.now();
  const ticker = setInterval(
    () =>
      progress.update(
        `Waiting for DCS job ${chosen.jobId} (${chosen.name}): ${((Date.now() - started) / 1000).toFixed(0)} s`,
        true,
      ),
    250,
  );
  progress.update(`Waiting for DCS job ${chosen.jobId} (${chosen.name})`);
  try {
    const { task } = await feed.follow(chosen, wait);
    const reason = task.failureReason ? ` (reason: ${task.failureReason.replace(/\.$/, "")})` : "";
    return `DCS job ${chosen.jobId} (${chosen.name}) finished: ${task.status} after ${seconds(Date.now() - started)}${reason}.`;
  } catch (error) {
    // A timeout or a refused poll: say so instead of failing the whole report.
    if (!(error instanceof Error)) throw error;
    return `Waiting for DCS job ${chosen.jobId} failed: ${error.message}`;
  } finally {
    clearInterval(ticker);
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
