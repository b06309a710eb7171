import { TaskOptionsError, type TaskServiceError } from "./errors.js";
import { readFeedOptions, type TaskFeedOptions } from "./feed-options.js";
import { followDcsJob, type FollowOptions, type FollowResult } from "./follow.js";
import { mergeNewestFirst } from "./merge.js";
import { describe, readCount, readInstant, readSignal } from "./options.js";
import type { TaskSource } from "./sources/source.js";
import { selectSources } from "./select-sources.js";
import type { DcsTask, Task, TaskService } from "./task.js";
import { watchTasks, type TaskEvent, type WatchOptions } from "./watch.js";

export interface ListOptions {
  /** Tasks started at or after this instant (default: 24 hours ago). */
  since?: Date | number;
  /** Tasks started at or before this instant (default: no bound). */
  until?: Date | number;
  /** Only these of the configured services (default: all of them). */
  services?: readonly TaskService[];
  /** Most tasks read from one service, cluster or instance (default 1000, at most 100000). */
  maxTasksPerSource?: number;
  signal?: AbortSignal;
}

/**
 * The tasks of a list, newest first across services. A service that fails does not stop the others: its
 * error is in `failures` (filled while the loop runs, complete when it ends). Each loop over it lists anew.
 */
export interface TaskList extends AsyncIterable<Task> {
  readonly failures: readonly TaskServiceError[];
}

export interface TaskFeed {
  list(options?: ListOptions): TaskList;
  /** Polls until `signal` aborts (or the loop breaks), yielding what changed since the previous poll. */
  watch(options?: WatchOptions): AsyncIterable<TaskEvent>;
  /** Follows a DCS task's job to its end (through `waitForJob`) and returns the task as it ended. */
  follow(task: DcsTask, options?: FollowOptions): Promise<FollowResult>;
}

const DAY_MS = 86_400_000;

/** One view of the background tasks of the services whose clients you pass. */
export function createTaskFeed(options: TaskFeedOptions): TaskFeed {
  const { sources, dcs } = readFeedOptions(options);

  const list = (listOptions: ListOptions = {}): TaskList => {
    const read = readListOptions(listOptions, sources);
    const failures: TaskServiceError[] = [];
    return {
      failures,
      [Symbol.asyncIterator]: () => {
        failures.length = 0;
        const since = read.since ?? new Date(Date.now() - DAY_MS);
        const window = { since, until: read.until, maxTasks: read.maxTasks, signal: read.signal };
        return mergeNewestFirst(read.sources, window, (failure) => failures.push(failure));
      },
    };
  };

  return {
    list,
    watch: (watchOptions = {}) =>
      watchTasks((since, services, signal) => list({ since, services, signal }), watchOptions, sources),
    follow: (task, followOptions) => followDcsJob(dcs, task, followOptions),
  };
}

function readListOptions(options: ListOptions, sources: TaskSource[]) {
  if (typeof options !== "object" || options === null)
    throw new TaskOptionsError("list options", `must be an object, got ${describe(options)}.`);
  const since = readInstant("list.since", options.since);
  const until = readInstant("list.until", options.until);
  if (since && until && since > until)
    throw new TaskOptionsError(
      "list.since",
      `must not be after list.until (${since.toISOString()} > ${until.toISOString()}).`,
    );
  return {
    since,
    until,
    sources: selectSources(sources, options.services, "list.services"),
    maxTasks: readCount("list.maxTasksPerSource", options.maxTasksPerSource, {
      max: 100_000,
      fallback: 1000,
    }),
    signal: readSignal("list.signal", options.signal),
  };
}
