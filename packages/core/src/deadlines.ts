import { MAX_TIMER_DELAY_MS } from "./long-timer.js";

/** One pending deadline: `expire` runs once when it passes, unless it was cleared first. */
export interface Deadline {
  readonly at: number;
  readonly expire: () => void;
}

/**
 * Many attempt deadlines on one timer. A timer per attempt costs a Timeout object and, when it is the only
 * one of its duration, a timer-list insertion and removal in Node; here arming and clearing a deadline is a
 * Set operation, and the one timer is re-armed only for a deadline earlier than the one it waits for.
 *
 * Like a timer per attempt, the one timer keeps a process alive while a deadline is pending, and no longer
 * once none is (it may stay armed, unref'd, for a deadline that was cleared).
 */
export function deadlineQueue(now: () => number = () => performance.now()) {
  const pending = new Set<Deadline>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let armedFor = Infinity;

  const arm = (at: number) => {
    if (at >= armedFor) return;
    if (timer !== undefined) clearTimeout(timer);
    armedFor = at;
    // Never more than setTimeout holds: past it the timer fires after 1 ms and fire() would re-arm it every
    // millisecond until a deadline weeks away. Capped, it wakes once per 24.8 days and re-arms for the rest.
    timer = setTimeout(fire, Math.min(MAX_TIMER_DELAY_MS, Math.max(0, Math.ceil(at - now()))));
  };

  function fire() {
    timer = undefined;
    armedFor = Infinity;
    const current = now();
    let next = Infinity;
    for (const deadline of pending) {
      if (deadline.at <= current) {
        pending.delete(deadline);
        deadline.expire();
      } else if (deadline.at < next) {
        next = deadline.at;
      }
    }
    if (next !== Infinity) arm(next);
  }

  return {
    /** Calls `expire` once `ms` from now, unless `clear` is called first. */
    add(ms: number, expire: () => void): Deadline {
      const deadline = { at: now() + ms, expire };
      pending.add(deadline);
      if (deadline.at < armedFor) arm(deadline.at);
      else if (pending.size === 1) keepAlive(timer, true);
      return deadline;
    },
    clear(deadline: Deadline): void {
      if (pending.delete(deadline) && pending.size === 0) keepAlive(timer, false);
    },
  };
}

/** Refs or unrefs a timer: Node's and Bun's have methods, Deno has functions; browsers keep nothing alive. */
function keepAlive(timer: ReturnType<typeof setTimeout> | undefined, on: boolean): void {
  if (timer === undefined) return;
  const handle = timer as { ref?: () => void; unref?: () => void };
  if (typeof handle.ref === "function" && typeof handle.unref === "function") {
    if (on) handle.ref();
    else handle.unref();
    return;
  }
  const deno = (globalThis as { Deno?: { refTimer?(id: unknown): void; unrefTimer?(id: unknown): void } })
    .Deno;
  if (on) deno?.refTimer?.(timer);
  else deno?.unrefTimer?.(timer);
}

export type DeadlineQueue = ReturnType<typeof deadlineQueue>;
