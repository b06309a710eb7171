import { collectTasks, createFeed, followDcsJob } from "./collect.js";
import { Progress, type ProgressStream } from "./progress.js";
import { renderReport } from "./report.js";
import { resolveCloudTarget } from "@hwcloud/tasks";

export interface RunOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** The report. */
  out: { write(text: string): unknown };
  /** Progress; redrawn in place when it is a TTY. */
  err: ProgressStream;
  /** How far back "recent" reaches (default 7 days). */
  days?: number;
  /** Mock cloud only: how long its running DCS jobs take (default 4000 ms). */
  mockJobDurationMs?: number;
  /** How often to poll the DCS job (default 1000 ms) and for how long at most (default 5 minutes). */
  wait?: { interval: number; timeout: number };
}

/** Lists recent tasks and jobs across DWS, DCS, GaussDB for MySQL and Kafka, then follows one DCS job. */
export async function run(options: RunOptions): Promise<void> {
  const target = await resolveCloudTarget(options.env, {
    mock: { jobDurationMs: options.mockJobDurationMs },
  });
  const progress = new Progress(options.err);
  try {
    const now = new Date();
    const days = options.days ?? 7;
    const since = new Date(now.getTime() - days * 86_400_000);
    options.out.write(`Tasks and jobs of the last ${days} days on ${target.description}\n\n`);
    const feed = createFeed(target);
    const results = await collectTasks(feed, target, since, progress);
    progress.done();
    options.out.write(`${renderReport(results, now)}\n\n`);
    const dcs = results.find((result) => result.service === "dcs")?.tasks ?? [];
    const outcome = await followDcsJob(
      feed,
      dcs,
      progress,
      options.wait ?? { interval: 1000, timeout: 300_000 },
    );
    progress.done();
    options.out.write(`${outcome}\n`);
  } finally {
    progress.done();
    await target.close();
  }
}
