import type { TaskServiceError } from "./errors.js";
import type { TaskList } from "./feed.js";
import { selectSources } from "./select-sources.js";
import { readMilliseconds, readSignal } from "./options.js";
import type { TaskSource } from "./sources/source.js";
import { isFinal, type Task, type TaskService } from "./task.js";

export interface WatchOptions {
  /** Milliseconds between polls (default 5000, at least 100). */
  interval?: number;
  /** After a poll where a service failed the delay doubles, up to this (default 60000 or `interval` if larger). */
  maxInterval?: number;
  /** How far back each poll looks, in milliseconds (default 24 hours). */
  lookback?: number;
  /** Only these of the configured services. */
  services?: readonly TaskService[];
  /** Stops the watch: the loop then ends without an error. */
  signal?: AbortSignal;
}

/**
 * What changed between two polls. The first poll reports every task still in progress as `started`; later
 * polls report new tasks (`started`, or `finished` when first seen already over), status changes (`changed`),
 * and tasks reaching succeeded, failed or cancelled (`finished`, `before` being the last state seen). A service
 * that fails a poll is reported as `error` and its tasks are kept as they were until it answers again.
 */
export type TaskEvent =
  | { type: "started"; task: Task; before: undefined }
  | { type: "changed"; task: Task; before: Task }
  | { type: "finished"; task: Task; before: Task | undefined }
  | { type: "error"; error: TaskServiceError };

type ListFn = (since: Date, services: readonly TaskService[] | undefined, signal: AbortSignal) => TaskList;

const HOUR_MS = 3_600_000;

export function watchTasks(
  list: ListFn,
  options: WatchOptions,
  sources: TaskSource[],
): AsyncIterable<TaskEvent> {
  const interval = readMilliseconds("watch.interval", options.interval, {
    min: 100,
    max: HOUR_MS,
    fallback: 5000,
  });
  const maxInterval = readMilliseconds("watch.maxInterval", options.maxInterval, {
    min: interval,
    max: HOUR_MS,
    fallback: Math.max(60_000, interval),
  });
  const lookback = readMilliseconds("watch.lookback", options.lookback, {
    min: 1000,
    max: 30 * 24 * HOUR_MS,
    fallback: 24 * HOUR_MS,
  });
  const signal = readSignal("watch.signal", options.signal);
  selectSources(sources, options.services, "watch.services");
  return {
    [Symbol.asyncIterator]: () =>
      poll(list, { interval, maxInterval, lookback, services: options.services, signal }),
  };
}

async function* poll(
  list: ListFn,
  options: {
    interval: number;
    maxInterval: number;
    lookback: number;
    services: readonly TaskService[] | undefined;
    signal: AbortSignal | undefined;
  },
): AsyncGenerator<TaskEvent> {
  // Ends the polls in flight when the consumer breaks out of the loop, as well as on the caller's signal.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  // Only the tasks of the latest poll are kept, so memory is bounded by what one poll lists.
  let known: Map<string, Task> | undefined;
  let delay = options.interval;
  try {
    while (!signal.aborted) {
      const listing = list(new Date(Date.now() - options.lookback), options.services, signal);
      const current = new Map<string, Task>();
      try {
        for await (const task of listing) current.set(keyOf(task), task);
      } catch (error) {
        if (signal.aborted) return;
        throw error;
      }
      const failed = new Set(
        listing.failures.map((failure) => sourceKey(failure.service, failure.resourceId)),
      );
      if (known)
        for (const [key, task] of known)
          if (failed.has(sourceKey(task.service, task.resource?.id)) && !current.has(key))
            current.set(key, task);

      for (const error of listing.failures) yield { type: "error", error };
      // Oldest first, so events read in the order things happened.
      for (const task of [...current.values()].reverse()) {
        const event = compare(known?.get(keyOf(task)), task, known === undefined);
        if (event) yield event;
      }
      known = current;
      delay = listing.failures.length > 0 ? Math.min(delay * 2, options.maxInterval) : options.interval;
      await sleep(delay, signal);
    }
  } finally {
    stop.abort();
  }
}

function compare(before: Task | undefined, task: Task, firstPoll: boolean): TaskEvent | undefined {
  if (!before) {
    if (!isFinal(task.status)) return { type: "started", task, before: undefined };
    return firstPoll ? undefined : { type: "finished", task, before: undefined };
  }
  if (before.status === task.status && before.rawStatus === task.rawStatus) return undefined;
  if (isFinal(task.status) && !isFinal(before.status)) return { type: "finished", task, before };
  return { type: "changed", task, before };
}

function keyOf(task: Task): string {
  return `${sourceKey(task.service, task.resource?.id)}\u0000${task.id}`;
}

/** Which source a task came from: DWS and Kafka list per cluster / instance. */
function sourceKey(service: TaskService, resourceId: string | undefined): string {
  return service === "dws" || service === "kafka" ? `${service}:${resourceId ?? ""}` : service;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
