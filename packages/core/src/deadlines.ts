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
 * The timer is unref'd: it never keeps a process alive by itself. Whatever the deadline guards (a socket,
 * a DNS lookup, a fetch in flight) holds the event loop open while it is pending.
 */
export function deadlineQueue(now: () => number = () => performance.now()) {
  const pending = new Set<Deadline>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let armedFor = Infinity;

  const arm = (at: number) => {
    if (at >= armedFor) return;
    if (timer !== undefined) clearTimeout(timer);
    armedFor = at;
    timer = setTimeout(fire, Math.max(0, Math.ceil(at - now())));
    (timer as { unref?: () => void }).unref?.();
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
      arm(deadline.at);
      return deadline;
    },
    clear(deadline: Deadline): void {
      pending.delete(deadline);
    },
  };
}

export type DeadlineQueue = ReturnType<typeof deadlineQueue>;
