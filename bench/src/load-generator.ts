// The load generator of the proxy benchmark, in its own process: `connections` keep-alive connections, each
// sending the next request as soon as the previous answer is read, for a fixed time. Bounded: it stops at the
// deadline, and keeps at most MAX_SAMPLES latencies.
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";

interface Run {
  readonly url: string;
  readonly connections: number;
  readonly warmupMs: number;
  readonly durationMs: number;
}

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

const MAX_SAMPLES = 2_000_000;

process.once("message", async (run: Run) => {
  const url = new URL(run.url);
  const agent = new Agent({ keepAlive: true, maxSockets: run.connections });
  const samples = new Float64Array(MAX_SAMPLES);
  let count = 0;
  let errors = 0;
  let measuring = false;
  const start = performance.now();
  const measureFrom = start + run.warmupMs;
  const stopAt = measureFrom + run.durationMs;

  const once = () =>
    new Promise<void>((resolve) => {
      const sent = performance.now();
      const out = request(
        { hostname: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, agent },
        (answer) => {
          answer.resume();
          answer.once("end", () => {
            if (measuring && count < MAX_SAMPLES) samples[count++] = performance.now() - sent;
            if ((answer.statusCode ?? 0) !== 200 && measuring) errors += 1;
            resolve();
          });
        },
      );
      out.once("error", () => {
        if (measuring) errors += 1;
        resolve();
      });
      out.end();
    });

  const loop = async () => {
    while (performance.now() < stopAt) {
      measuring = performance.now() >= measureFrom;
      await once();
    }
  };
  await Promise.all(Array.from({ length: run.connections }, loop));
  const sorted = samples.subarray(0, count).sort();
  const at = (fraction: number) =>
    sorted[Math.min(count - 1, Math.max(0, Math.ceil(fraction * count) - 1))] ?? 0;
  const result: LoadResult = {
    requests: count,
    errors,
    requestsPerSecond: count / (run.durationMs / 1000),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  };
  agent.destroy();
  process.send?.({ result }, () => process.exit(0));
});
