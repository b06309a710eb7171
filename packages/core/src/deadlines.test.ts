import { describe, expect, it, vi } from "vitest";
import { deadlineQueue } from "./deadlines.js";

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
});
