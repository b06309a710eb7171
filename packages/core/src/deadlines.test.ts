import { afterEach, describe, expect, it, vi } from "vitest";
import { deadlineQueue } from "./deadlines.js";
import { MAX_TIMER_DELAY_MS } from "./long-timer.js";

const DAY = 24 * 60 * 60_000;

afterEach(() => {
  vi.useRealTimers();
});

const elapsed = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("deadlineQueue", () => {
  it("expires each deadline once, after its own time, whatever order they were added in", async () => {
    const deadlines = deadlineQueue();
    const started = performance.now();
    const expired: Array<[string, number]> = [];
    deadlines.add(400, () => expired.push(["late", performance.now() - started]));
    deadlines.add(50, () => expired.push(["early", performance.now() - started]));
    await elapsed(600);
    expect(expired.map(([name]) => name)).toEqual(["early", "late"]);
    // The earlier deadline re-armed the one timer: it did not wait for the later one.
    expect(expired[0]![1]).toBeGreaterThanOrEqual(49);
    expect(expired[0]![1]).toBeLessThan(350);
    expect(expired[1]![1]).toBeGreaterThanOrEqual(399);
  });

  it("never expires a cleared deadline, and keeps expiring the others", async () => {
    const deadlines = deadlineQueue();
    const expired: string[] = [];
    const cleared = deadlines.add(30, () => expired.push("cleared"));
    deadlines.add(60, () => expired.push("kept"));
    deadlines.clear(cleared);
    await elapsed(150);
    expect(expired).toEqual(["kept"]);
  });

  it("expires a deadline added from inside another's expiry", async () => {
    const deadlines = deadlineQueue();
    const expired: string[] = [];
    deadlines.add(20, () => {
      expired.push("first");
      deadlines.add(20, () => expired.push("second"));
    });
    await elapsed(200);
    expect(expired).toEqual(["first", "second"]);
  });

  it("keeps a Node process alive while a deadline is pending, and no longer once none is", () => {
    const setTimeoutSpy = vi.spyOn(globalThis, "setTimeout");
    try {
      const deadlines = deadlineQueue();
      const first = deadlines.add(60_000, () => {});
      expect(setTimeoutSpy).toHaveBeenCalledTimes(1);
      const timer = setTimeoutSpy.mock.results[0]!.value as { hasRef(): boolean };
      expect(timer.hasRef()).toBe(true);
      deadlines.clear(first);
      expect(timer.hasRef()).toBe(false);
      // A later deadline reuses the armed timer, which holds the process again while it is pending.
      const second = deadlines.add(120_000, () => {});
      expect(setTimeoutSpy).toHaveBeenCalledTimes(1);
      expect(timer.hasRef()).toBe(true);
      deadlines.clear(second);
      expect(timer.hasRef()).toBe(false);
      clearTimeout(timer as never);
    } finally {
      setTimeoutSpy.mockRestore();
    }
  });

  it("a deadline weeks away arms one timer of at most 2^31-1 ms and does not re-arm every millisecond", () => {
    vi.useFakeTimers();
    const setTimeoutSpy = vi.spyOn(globalThis, "setTimeout");
    const deadlines = deadlineQueue();
    const expire = vi.fn();
    deadlines.add(30 * DAY, expire);
    vi.advanceTimersByTime(1_000);
    expect(setTimeoutSpy.mock.calls.map(([, ms]) => ms)).toEqual([MAX_TIMER_DELAY_MS]);
    // One more timer when the first runs out, for the rest; the deadline expires at its time, not before.
    vi.advanceTimersByTime(30 * DAY - 1_001);
    expect(setTimeoutSpy).toHaveBeenCalledTimes(2);
    expect(expire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expire).toHaveBeenCalledOnce();
  });

  it("an earlier deadline still re-arms the timer while one weeks away is pending", () => {
    vi.useFakeTimers();
    const deadlines = deadlineQueue();
    const expired: string[] = [];
    deadlines.add(30 * DAY, () => expired.push("weeks"));
    deadlines.add(50, () => expired.push("soon"));
    vi.advanceTimersByTime(50);
    expect(expired).toEqual(["soon"]);
    // runAllTimers gives up after 10,000 timers, so a timer re-armed every millisecond fails here.
    vi.runAllTimers();
    expect(expired).toEqual(["soon", "weeks"]);
    expect(performance.now()).toBeGreaterThanOrEqual(30 * DAY);
  });
});
