import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startCannedServer } from "./local-server.js";
import { contenderNames, type OverheadRole } from "./overhead-contenders.js";
import type { WorkerAnswer, WorkerRequest } from "./overhead-worker.js";
import { median, percentile } from "./stats.js";

export type { OverheadRole } from "./overhead-contenders.js";

export interface LatencySummary {
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly calls: number;
}

export interface OverheadResult {
  readonly name: string;
  readonly role: OverheadRole;
  readonly sequential: LatencySummary;
  readonly concurrent: LatencySummary;
  /** The contender process's CPU time (user + system) per call over every timed call: what the client costs. */
  readonly cpuUsPerCall: number;
  /** Garbage-collection pause time per call over every timed call (part of cpuUsPerCall). */
  readonly gcUsPerCall: number;
  /** The same, slice by slice (slice i of every contender ran back to back): for ratios paired by slice. */
  readonly cpuUsPerCallBySlice: readonly number[];
  /** Median latency with calls in flight, slice by slice. */
  readonly concurrentMedianMsBySlice: readonly number[];
}

/**
 * Our time over a floor's, robust to bursts of other load on a shared machine: the median over the slices of
 * the ratio within each slice, where both ran back to back under the same load.
 */
export function pairedRatio(ours: readonly number[], floor: readonly number[]): number {
  return median(ours.map((value, i) => value / floor[i]!));
}

/**
 * Rounds of fresh processes, one per contender each, the slices shared out between them. One process's luck
 * (where V8's JIT and young generation settle, which core it lands on) moved a whole run's ratio by 0.2x;
 * four rounds keep one unlucky process from deciding the median. Within a round the contenders still take
 * turns slice by slice, so a process is never idle for long (an idle V8 shrinks its heap and cools its code).
 */
export const OVERHEAD_ROUNDS = 4;

/** Slices of each round; the contenders take turns, one slice each. */
const SLICES_PER_ROUND = 5;

/** Slices each contender's calls are split into, over all rounds. */
export const OVERHEAD_SLICES = OVERHEAD_ROUNDS * SLICES_PER_ROUND;

const summarize = (samples: number[]): LatencySummary => ({
  medianMs: median(samples),
  p99Ms: percentile(samples, 0.99),
  calls: samples.length,
});

/** A forked contender process (dist/overhead-worker.mjs, beside this bundle) and a way to ask it for work. */
function startContender(role: OverheadRole, origin: string) {
  const script = join(fileURLToPath(new URL(".", import.meta.url)), "overhead-worker.mjs");
  const child: ChildProcess = fork(script, [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const ask = async (request: WorkerRequest): Promise<WorkerAnswer> => {
    // Both waits end with the answer: no listener is left behind on the child per slice.
    const done = new AbortController();
    const answered = once(child, "message", { signal: done.signal }) as Promise<[WorkerAnswer]>;
    const exited = once(child, "exit", { signal: done.signal }).then(() => {
      throw new Error(`${role}: the contender process exited`);
    });
    exited.catch(() => undefined);
    child.send(request);
    try {
      const [reply] = await Promise.race([answered, exited]);
      if (reply.type === "error") throw new Error(`${role}: ${reply.message}`);
      return reply;
    } finally {
      done.abort();
    }
  };
  return {
    ask,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.disconnect();
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Per-call latency and CPU of ListCenterTask against a local server that replays `page`: our client on both
 * transports, the two floors (node:http and fetch with a signature computed once, reading and parsing the same
 * body) and the official SDK core's HcClient. Each contender runs in a process of its own (its CPU time, GC
 * included, is its own), a fresh one per round, and the calls are split into slices taken in turn, so a burst
 * of other load on the machine hits all alike.
 */
export async function benchOverhead(page: string, calls = 2000, inFlight = 16): Promise<OverheadResult[]> {
  if (calls % OVERHEAD_SLICES !== 0) throw new Error(`calls must be a multiple of ${OVERHEAD_SLICES}`);
  const server = await startCannedServer(page);
  const roles = Object.keys(contenderNames) as OverheadRole[];
  const samples = roles.map(() => ({
    sequential: [] as number[],
    concurrent: [] as number[],
    cpuUs: 0,
    gcUs: 0,
    cpuUsPerCallBySlice: [] as number[],
    concurrentMedianMsBySlice: [] as number[],
  }));
  try {
    for (let round = 0; round < OVERHEAD_ROUNDS; round++) {
      const contenders = roles.map((role) => ({ role, process: startContender(role, server.origin) }));
      try {
        for (const { role, process } of contenders) {
          await process.ask({ type: "start", role, origin: server.origin });
        }
        for (let slice = 0; slice < SLICES_PER_ROUND; slice++) {
          for (const [i, { role, process }] of contenders.entries()) {
            const reply = await process.ask({ type: "slice", calls: calls / OVERHEAD_SLICES, inFlight });
            if (reply.type !== "slice") throw new Error(`${role}: no slice answer`);
            samples[i]!.sequential.push(...reply.sequential);
            samples[i]!.concurrent.push(...reply.concurrent);
            samples[i]!.cpuUs += reply.cpuUs;
            samples[i]!.gcUs += reply.gcUs;
            samples[i]!.cpuUsPerCallBySlice.push(reply.cpuUs / (2 * (calls / OVERHEAD_SLICES)));
            samples[i]!.concurrentMedianMsBySlice.push(median(reply.concurrent));
          }
        }
      } finally {
        await Promise.all(contenders.map(({ process }) => process.stop()));
      }
    }
    return roles.map((role, i) => ({
      name: contenderNames[role],
      role,
      sequential: summarize(samples[i]!.sequential),
      concurrent: summarize(samples[i]!.concurrent),
      cpuUsPerCall: samples[i]!.cpuUs / (2 * calls),
      gcUsPerCall: samples[i]!.gcUs / (2 * calls),
      cpuUsPerCallBySlice: samples[i]!.cpuUsPerCallBySlice,
      concurrentMedianMsBySlice: samples[i]!.concurrentMedianMsBySlice,
    }));
  } finally {
    await server.close();
  }
}
