import { TaskOptionsError } from "../errors.js";
import { createTaskFeed } from "../feed.js";
import { SERVICE_LABELS } from "../format.js";
import type { Task } from "../task.js";
import { parseCliArgs, USAGE } from "./args.js";
import { LiveTable } from "./live-table.js";
import { eventJson, eventLine, renderTable, TASK_COLUMNS, taskJson, taskRow } from "./render.js";
import { chooseTarget, type Env } from "./target.js";

export interface CliStreams {
  out: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  err: { write(text: string): unknown };
}

/** Runs `hwcloud-tasks`; resolves with the exit status. `signal` ends --watch (Ctrl+C). */
export async function runCli(
  argv: readonly string[],
  env: Env,
  streams: CliStreams,
  signal?: AbortSignal,
): Promise<number> {
  const { out, err } = streams;
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof TaskOptionsError)) throw error;
    // The mistake and where the options are; the whole usage would push the message off a small screen.
    err.write(`hwcloud-tasks: ${error.message}\nRun hwcloud-tasks --help for the options.\n`);
    return 2;
  }
  if (options.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  let target;
  try {
    target = await chooseTarget(env, options);
  } catch (error) {
    if (!(error instanceof TaskOptionsError)) throw error;
    err.write(`hwcloud-tasks: ${error.message}\n`);
    return 2;
  }
  try {
    err.write(`Tasks on ${target.description}\n`);
    for (const note of target.notes) err.write(`${note}\n`);
    const feed = createTaskFeed(target.feedOptions);
    const wanted = (task: Task) => !options.statuses || options.statuses.includes(task.status);

    if (!options.watch) {
      const listing = feed.list({ since: Date.now() - options.sinceMs, signal });
      const rows: string[][] = [];
      const now = new Date();
      for await (const task of listing) {
        if (!wanted(task)) continue;
        if (options.json) out.write(`${taskJson(task)}\n`);
        else rows.push(taskRow(task, now));
      }
      if (!options.json) out.write(rows.length ? `${renderTable(TASK_COLUMNS, rows)}\n` : "No tasks.\n");
      for (const failure of listing.failures)
        err.write(`${SERVICE_LABELS[failure.service]} failed: ${failure.message}\n`);
      return listing.failures.length > 0 ? 1 : 0;
    }

    const events = feed.watch({ interval: options.intervalMs, lookback: options.sinceMs, signal });
    const live =
      out.isTTY && !options.json
        ? new LiveTable(out, `Watching tasks (every ${options.intervalMs / 1000}s)`)
        : undefined;
    // Keeps the "so far" durations and the clock moving between polls.
    const ticker = live ? setInterval(() => live.draw(new Date()), 1000) : undefined;
    if (live) out.write("\x1b[?25l");
    let failed = false;
    let redraw: ReturnType<typeof setTimeout> | undefined;
    try {
      live?.draw(new Date());
      for await (const event of events) {
        if (event.type === "error") failed = true;
        else if (!wanted(event.task)) continue;
        if (live) {
          live.apply(event);
          // One redraw for the events of one poll, not one per event.
          redraw ??= setTimeout(() => {
            redraw = undefined;
            live.draw(new Date());
          }, 50);
        } else out.write(`${options.json ? eventJson(event) : eventLine(event, new Date())}\n`);
      }
    } finally {
      clearInterval(ticker);
      clearTimeout(redraw);
      live?.draw(new Date());
      if (live) out.write("\x1b[?25h");
    }
    return failed ? 1 : 0;
  } finally {
    await target.close();
  }
}
