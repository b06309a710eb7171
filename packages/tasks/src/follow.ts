import { TaskOptionsError } from "./errors.js";
import { describe, readMilliseconds, readSignal } from "./options.js";
import type { DcsTaskClient } from "./sources/dcs.js";
import { buildTask } from "./sources/source.js";
import { parseTaskTime } from "./time.js";
import type { DcsTask } from "./task.js";

export interface FollowOptions {
  /** First delay between polls in milliseconds (passed to waitForJob; default 2000). */
  interval?: number;
  /** Give up after this many milliseconds (default 600000); the promise then rejects with the waiter's error. */
  timeout?: number;
  signal?: AbortSignal;
}

export interface FollowResult {
  /** The task as its job ended: status, end time, duration and reason from the job. */
  task: DcsTask;
  /** The job's last ShowJobInfo body. */
  job: Record<string, unknown>;
}

export async function followDcsJob(
  dcs: DcsTaskClient | undefined,
  task: DcsTask,
  options: FollowOptions = {},
): Promise<FollowResult> {
  if (!dcs) throw new TaskOptionsError("follow", "needs a feed made with a dcs client.");
  if (task?.service !== "dcs")
    throw new TaskOptionsError("follow task", `must be a DCS task, got ${describe(task?.service ?? task)}.`);
  if (!task.jobId) throw new TaskOptionsError("follow task", `${task.id} has no job id to follow.`);
  const waitOptions = {
    interval: readMilliseconds("follow.interval", options.interval, {
      min: 10,
      max: 3_600_000,
      fallback: 2000,
    }),
    maxWaitTime: readMilliseconds("follow.timeout", options.timeout, {
      min: 1,
      max: 86_400_000,
      fallback: 600_000,
    }),
    signal: readSignal("follow.signal", options.signal),
  };
  let job: unknown;
  try {
    job = await dcs.waitForJob(task.jobId, waitOptions);
  } catch (error) {
    // A job that ended in failure is an answer here, not an error; a timeout or abort still rejects.
    const waiter = error as { kind?: string; timedOut?: boolean; lastResult?: unknown };
    if (waiter?.kind !== "waiter" || waiter.timedOut !== false) throw error;
    job = waiter.lastResult;
  }
  const body = (typeof job === "object" && job !== null ? job : {}) as Record<string, unknown>;
  const ended = buildTask({
    service: "dcs",
    id: task.id,
    name: task.name,
    rawStatus: body.status,
    // ShowJobInfo writes epoch milliseconds in strings.
    startedAt: task.startedAt ?? parseTaskTime(body.begin_time),
    endedAt: parseTaskTime(body.end_time) ?? task.endedAt,
    jobId: task.jobId,
    failureReason: typeof body.fail_reason === "string" ? body.fail_reason : task.failureReason,
    resource: task.resource,
    raw: task.raw,
  });
  return { task: ended, job: body };
}
