// One contender of the request-overhead benchmark in a process of its own (forked by overhead.ts), so its CPU
// time, garbage collection included, is its own: it builds its call, warms up, then runs each slice the parent
// asks for and answers with the call durations and the CPU time the slice took.
import { performance, PerformanceObserver } from "node:perf_hooks";
import { contender, WARM_UP_CALLS, type Call, type OverheadRole } from "./overhead-contenders.js";

export type WorkerRequest =
  | { type: "start"; role: OverheadRole; origin: string }
  | { type: "slice"; calls: number; inFlight: number };

export type WorkerAnswer =
  | { type: "ready" }
  | { type: "slice"; sequential: number[]; concurrent: number[]; cpuUs: number; gcUs: number }
  | { type: "error"; message: string };

/** Runs `count` calls with `inFlight` at a time and returns each call's own duration in ms. */
export async function timeCalls(call: Call, count: number, inFlight: number): Promise<number[]> {
  const durations: number[] = [];
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started++;
      const start = performance.now();
      await call();
      durations.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return durations;
}

const answer = (message: WorkerAnswer) => process.send?.(message);

// Garbage-collection pauses of this process, summed: part of the CPU time, and the part that swings most
// between runs (V8 sizes its young generation from how much survived, which depends on timing).
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ["gc"] });
let call: Call | undefined;

process.on("message", (message: WorkerRequest) => {
  const work = async (): Promise<WorkerAnswer> => {
    if (message.type === "start") {
      call = await contender(message.role, message.origin);
      const first = (await call()) as { tasks?: unknown[] };
      if (!Array.isArray(first.tasks)) throw new Error(`${message.role}: the answer has no tasks`);
      await timeCalls(call, WARM_UP_CALLS, 4);
      return { type: "ready" };
    }
    if (call === undefined) throw new Error("a slice before start");
    const gcBefore = gcMs;
    const cpu = process.cpuUsage();
    const sequential = await timeCalls(call, message.calls, 1);
    const concurrent = await timeCalls(call, message.calls, message.inFlight);
    const used = process.cpuUsage(cpu);
    // GC entries are delivered on a later turn of the event loop: wait one so this slice's are counted.
    await new Promise((resolve) => setImmediate(resolve));
    const gcUs = (gcMs - gcBefore) * 1000;
    return { type: "slice", sequential, concurrent, cpuUs: used.user + used.system, gcUs };
  };
  work().then(answer, (error: unknown) => answer({ type: "error", message: String(error) }));
});
process.once("disconnect", () => process.exit(0));
