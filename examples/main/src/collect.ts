import { createDcsClient, HuaweiCloudError, WaiterError } from "@hwcloud/dcs";
import { createDwsClient } from "@hwcloud/dws";
import { createGaussdbMysqlClient } from "@hwcloud/gaussdb-mysql";
import { createKafkaClient } from "@hwcloud/kafka";
import { parseServiceTime, type Activity } from "./activity.js";
import type { Progress } from "./progress.js";
import type { Target } from "./target.js";

/** What one service's list gave: its recent activity and how many pages it took. */
export interface ServiceActivity {
  service: string;
  activities: Activity[];
  pages: number;
  /** Why the service has no rows: not asked (no DWS cluster id for the real cloud) or its answer was an error. */
  note?: string;
}

// Bounds a run against a busy real account; recent activity rarely needs more.
const MAX_PAGES = 40;

/**
 * Pages through a list until it is exhausted or its items are older than `since` (lists come newest first),
 * reporting each page.
 */
async function collect<Page>(
  service: string,
  pages: AsyncIterable<Page>,
  toActivities: (page: Page) => Activity[],
  since: Date,
  progress: Progress,
): Promise<ServiceActivity> {
  const activities: Activity[] = [];
  let count = 0;
  try {
    for await (const page of pages) {
      count++;
      const items = toActivities(page);
      const recent = items.filter((item) => !item.startedAt || item.startedAt >= since);
      activities.push(...recent);
      progress.update(`${service}: page ${count}, ${activities.length} recent tasks`);
      if (recent.length < items.length || count >= MAX_PAGES) break;
    }
  } catch (error) {
    // One service refusing (no permission, no such instance) should not hide the others.
    if (!(error instanceof HuaweiCloudError)) throw error;
    return { service, activities, pages: count, note: `failed: ${describeError(error)}` };
  }
  return { service, activities, pages: count };
}

function describeError(error: HuaweiCloudError): string {
  const code = [error.status, error.errorCode].filter((part) => part !== undefined).join(" ");
  return `${code ? `${code} ` : ""}${error.errorMsg ?? error.message}`;
}

/** Recent tasks and jobs from DWS, DCS, GaussDB for MySQL and Kafka, each fetched page by page. */
export async function collectActivity(
  target: Target,
  since: Date,
  progress: Progress,
): Promise<ServiceActivity[]> {
  const dcs = createDcsClient(target.client);
  const dws = createDwsClient(target.client);
  const gaussdb = createGaussdbMysqlClient(target.client);
  const kafka = createKafkaClient(target.client);

  const results: ServiceActivity[] = [];
  results.push(
    await collect(
      "DCS",
      dcs.paginate.listCenterTask({ query: { start_time: since, limit: 100 } }).pages(),
      (page) =>
        (page.tasks ?? []).map((task) => ({
          service: "DCS",
          name: task.name ?? "?",
          status: task.status ?? "?",
          startedAt: parseServiceTime(task.created_at),
          endedAt: parseServiceTime(task.updated_at),
          jobId: task.job_id,
        })),
      since,
      progress,
    ),
  );
  results.push(
    target.dwsClusterId
      ? await collect(
          "DWS",
          dws.paginate
            .listLogicalClusterTasks({
              path: { cluster_id: target.dwsClusterId },
              query: { limit: 50, order_by: "startTime", order: "DESC" },
            })
            .pages(),
          (page) =>
            (page.logical_cluster_tasks ?? []).map((task) => ({
              service: "DWS",
              name: `${task.type ?? "?"} ${task.logical_cluster_name ?? ""}`.trim(),
              status: task.result ?? "?",
              startedAt: parseServiceTime(task.start_time),
              endedAt: parseServiceTime(task.end_time),
            })),
          since,
          progress,
        )
      : {
          service: "DWS",
          activities: [],
          pages: 0,
          note: "skipped: no cluster id (set HUAWEICLOUD_DWS_CLUSTER_ID)",
        },
  );
  results.push(
    await collect(
      "GaussDB(MySQL)",
      gaussdb.paginate.listImmediateJobs({ query: { start_time: since, limit: "50" } }).pages(),
      (page) =>
        (page.jobs ?? []).map((job) => ({
          service: "GaussDB(MySQL)",
          name: job.job_name ?? "?",
          status: job.status ?? "?",
          startedAt: parseServiceTime(job.created_time),
          endedAt: parseServiceTime(job.ended_time),
        })),
      since,
      progress,
    ),
  );
  results.push(
    target.kafkaInstanceId
      ? await collect(
          "Kafka",
          kafka.paginate
            .listBackgroundTasks({
              path: { instance_id: target.kafkaInstanceId },
              query: { begin_time: since, limit: 50 },
            })
            .pages(),
          (page) =>
            (page.tasks ?? []).map((task) => ({
              service: "Kafka",
              name: task.name ?? "?",
              status: task.status ?? "?",
              startedAt: parseServiceTime(task.created_at),
              endedAt: parseServiceTime(task.updated_at),
            })),
          since,
          progress,
        )
      : {
          service: "Kafka",
          activities: [],
          pages: 0,
          note: "skipped: no instance id (set HUAWEICLOUD_KAFKA_INSTANCE_ID)",
        },
  );
  return results;
}

/** Waits for a DCS job (or, when none is running, reads the newest one once) and says how it ended. */
export async function followDcsJob(
  target: Target,
  dcsActivities: Activity[],
  progress: Progress,
  wait: { interval: number; timeout: number },
): Promise<string> {
  const dcs = createDcsClient(target.client);
  const running = dcsActivities.find((activity) => activity.jobId && !/succe|fail/i.test(activity.status));
  const chosen = running ?? dcsActivities.find((activity) => activity.jobId);
  if (!chosen?.jobId) return "No DCS job in the window to follow.";
  const jobId = chosen.jobId;
  if (!running) {
    try {
      const job = await dcs.showJobInfo({ path: { job_id: jobId } });
      return `No DCS job is running; the newest, ${jobId} (${chosen.name}), is ${job.status ?? "?"}.`;
    } catch (error) {
      if (!(error instanceof HuaweiCloudError)) throw error;
      return `No DCS job is running; reading the newest, ${jobId}, failed: ${describeError(error)}.`;
    }
  }
  const started = Date.now();
  const ticker = setInterval(
    () =>
      progress.update(
        `Waiting for DCS job ${jobId} (${chosen.name}): ${((Date.now() - started) / 1000).toFixed(0)} s`,
        true,
      ),
    250,
  );
  progress.update(`Waiting for DCS job ${jobId} (${chosen.name})`);
  try {
    const job = await dcs.waitForJob(jobId, wait);
    return `DCS job ${jobId} (${chosen.name}) finished: ${job.status} after ${seconds(Date.now() - started)}.`;
  } catch (error) {
    if (!(error instanceof HuaweiCloudError)) throw error;
    if (!(error instanceof WaiterError) || error.timedOut)
      return `Waiting for DCS job ${jobId} failed: ${describeError(error)}.`;
    const reason = error.failReason ? ` (reason: ${error.failReason.replace(/\.$/, "")})` : "";
    return `DCS job ${jobId} (${chosen.name}) finished: ${error.state} after ${seconds(Date.now() - started)}${reason}.`;
  } finally {
    clearInterval(ticker);
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
