import type { WaiterDescriptor } from "./descriptor.js";
import { DEFAULTS } from "./defaults.js";
import { HuaweiCloudConfigError } from "./errors.js";
import { WaiterError } from "./waiter-error.js";
import { checkNumber, checkObject, checkSignal } from "./options.js";
import type { CallParams } from "./params.js";
import { sleep } from "./retry.js";
import type { RequestOptions, WaitOptions } from "./types.js";

export type Poller = (params: CallParams, options: RequestOptions) => Promise<unknown>;

function text(body: unknown, name: string | undefined): string | undefined {
  if (name === undefined || typeof body !== "object" || body === null) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return value === undefined || value === null ? undefined : String(value);
}

/** `maxWaitTime`, or the deprecated `timeout` it replaces (one of them: two totals would contradict). */
function totalWait(name: string, options: WaitOptions): number {
  const maxWaitTime = checkNumber(`${name}: maxWaitTime`, options.maxWaitTime);
  const legacy = checkNumber(`${name}: timeout`, options.timeout);
  if (maxWaitTime !== undefined && legacy !== undefined) {
    throw new HuaweiCloudConfigError(
      `${name}: give maxWaitTime only; timeout is its deprecated name for the same total wait.`,
    );
  }
  return maxWaitTime ?? legacy ?? DEFAULTS.wait.maxWaitTime;
}

/**
 * Polls the waiter's operation with `id` until the status field reaches a success value (resolves with that
 * body) or a failure value (rejects with WaiterError carrying the reason), waiting `interval` then 1.5x
 * longer each time up to 30 s (never less than `DEFAULTS.minWaitInterval`), and giving up after `maxWaitTime`.
 * Options are checked before the first poll.
 */
export async function waitFor(
  name: string,
  waiter: WaiterDescriptor,
  poll: Poller,
  id: string,
  options: WaitOptions = {},
): Promise<unknown> {
  if (typeof id !== "string" || id === "") {
    throw new HuaweiCloudConfigError(
      `${name}: the ${waiter.idParam} to wait for must be a non-empty string.`,
    );
  }
  checkObject(`${name} options`, options);
  const maxWaitTime = totalWait(name, options);
  const given = checkNumber(`${name}: interval`, options.interval) ?? DEFAULTS.wait.interval;
  const signal = checkSignal(`${name}: signal`, options.signal);
  const deadline = Date.now() + maxWaitTime;
  // The floor keeps `interval: 0` from polling as fast as the network allows (0 * growth stays 0).
  let interval = Math.max(given, DEFAULTS.minWaitInterval);
  const maxInterval = Math.max(interval, DEFAULTS.wait.maxInterval);
  const requestOptions: RequestOptions = signal ? { signal } : {};
  let last: unknown;
  let state: string | undefined;
  for (;;) {
    last = await poll({ path: { [waiter.idParam]: id } }, requestOptions);
    state = text(last, waiter.statusField);
    if (state !== undefined && waiter.success.includes(state)) return last;
    if (state !== undefined && waiter.failure.includes(state)) {
      const failReason = text(last, waiter.reasonField);
      throw new WaiterError(
        `${name}: ${waiter.idParam} ${id} ended in state ${state}${failReason ? `: ${failReason}` : ""}.`,
        { waiter: name, state, timedOut: false, lastResult: last, ...(failReason ? { failReason } : {}) },
      );
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      throw new WaiterError(
        `${name}: ${waiter.idParam} ${id} was still in state ${state ?? "(none)"} after ${maxWaitTime} ms.`,
        { waiter: name, ...(state ? { state } : {}), timedOut: true, lastResult: last },
      );
    }
    await sleep(Math.min(interval, remaining), signal);
    interval = Math.min(interval * DEFAULTS.wait.growth, maxInterval);
  }
}
