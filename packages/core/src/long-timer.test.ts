import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_TIMER_DELAY_MS, setLongTimeout } from "./long-timer.js";

const DAY = 24 * 60 * 60_000;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Fake timers (they fire a delay above 2^31-1 ms after 1 ms, as runtimes do), recording each delay armed. */
function fakeTimers() {
  vi.useFakeTimers();
  const setTimeoutSpy = vi.spyOn(globalThis, "setTimeout");
  return { armed: () => setTimeoutSpy.mock.calls.map(([, ms]) => ms) };
}

describe("setLongTimeout", () => {
  it("the fake timers model the overflow: a plain setTimeout above 2^31-1 ms fires after 1 ms", () => {
    fakeTimers();
    const plain = vi.fn();
    setTimeout(plain, MAX_TIMER_DELAY_MS + 1);
    vi.advanceTimersByTime(1);
    expect(plain).toHaveBeenCalledOnce();
  });

  it("a wait longer than 2^31-1 ms fires once, at its whole length", () => {
    const { armed } = fakeTimers();
    const fired = vi.fn();
    setLongTimeout(fired, 60 * DAY);
    vi.advanceTimersByTime(60 * DAY - 1);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(365 * DAY);
    expect(fired).toHaveBeenCalledOnce();
    expect(armed()).toEqual([MAX_TIMER_DELAY_MS, MAX_TIMER_DELAY_MS, 60 * DAY - 2 * MAX_TIMER_DELAY_MS]);
  });

  it("re-arms for what the monotonic clock says is left, not for a fixed remainder", () => {
    const { armed } = fakeTimers();
    let clockAhead = 0;
    const fired = vi.fn();
    setLongTimeout(fired, 40 * DAY, () => performance.now() + clockAhead);
    // The clock moved on more than the timer saw (a suspended laptop): the second timer is that much shorter.
    clockAhead = 5 * DAY;
    vi.advanceTimersByTime(MAX_TIMER_DELAY_MS);
    expect(armed()).toEqual([MAX_TIMER_DELAY_MS, 35 * DAY - MAX_TIMER_DELAY_MS]);
    vi.advanceTimersByTime(35 * DAY - MAX_TIMER_DELAY_MS);
    expect(fired).toHaveBeenCalledOnce();
  });

  it("a delay setTimeout can hold is one plain timer, run as it fires", () => {
    const { armed } = fakeTimers();
    const fired = vi.fn();
    setLongTimeout(fired, 1_500);
    vi.advanceTimersByTime(1_500);
    expect(fired).toHaveBeenCalledOnce();
    expect(armed()).toEqual([1_500]);
  });

  it("an infinite wait never fires and wakes once per 2^31-1 ms", () => {
    const { armed } = fakeTimers();
    const fired = vi.fn();
    setLongTimeout(fired, Infinity);
    vi.advanceTimersByTime(3 * MAX_TIMER_DELAY_MS);
    expect(fired).not.toHaveBeenCalled();
    expect(armed()).toEqual(Array(4).fill(MAX_TIMER_DELAY_MS));
  });

  it("a cancelled wait never fires, in its first timer or a later one", () => {
    fakeTimers();
    const first = vi.fn();
    setLongTimeout(first, 60 * DAY)();
    const later = vi.fn();
    const cancelLater = setLongTimeout(later, 60 * DAY);
    vi.advanceTimersByTime(30 * DAY);
    cancelLater();
    vi.advanceTimersByTime(60 * DAY);
    expect(first).not.toHaveBeenCalled();
    expect(later).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a pending wait keeps a Node process alive as a plain timer does, in each timer of its chain", () => {
    const setTimeoutSpy = vi.spyOn(globalThis, "setTimeout");
    const cancel = setLongTimeout(() => {}, 60 * DAY);
    const [first] = setTimeoutSpy.mock.results.map((result) => result.value as NodeJS.Timeout);
    expect(first!.hasRef()).toBe(true);
    // Run the first timer's callback now instead of in 24.8 days: it arms the next one.
    clearTimeout(first);
    (setTimeoutSpy.mock.calls[0]![0] as () => void)();
    const second = setTimeoutSpy.mock.results[1]!.value as NodeJS.Timeout;
    expect(second.hasRef()).toBe(true);
    cancel();
  });
});
