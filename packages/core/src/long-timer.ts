/**
 * The longest delay setTimeout honours. Above it (about 24.8 days) Node, Deno, Bun and browsers all fire the
 * timer after 1 ms instead, so a "very long" wait would end at once.
 */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/**
 * Runs `callback` once, `ms` from now, for any delay, and returns the function that cancels it. A delay
 * setTimeout can hold is one plain timer; a longer one is a chain of timers of at most MAX_TIMER_DELAY_MS, each
 * re-armed for what the monotonic clock says is left, so it neither fires early nor wakes more than once per
 * 24.8 days (Infinity never fires). Each timer is a plain one: a pending wait keeps a Node, Bun or Deno
 * process alive exactly as setTimeout does.
 */
export function setLongTimeout(
  callback: () => void,
  ms: number,
  now: () => number = () => performance.now(),
): () => void {
  const due = ms > MAX_TIMER_DELAY_MS ? now() + ms : 0;
  const arm = (delay: number): ReturnType<typeof setTimeout> =>
    delay > MAX_TIMER_DELAY_MS
      ? setTimeout(() => (timer = arm(Math.max(0, Math.ceil(due - now())))), MAX_TIMER_DELAY_MS)
      : setTimeout(callback, delay);
  let timer = arm(ms);
  return () => clearTimeout(timer);
}
