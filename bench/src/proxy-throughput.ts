// The signing proxy against the floor (issue 19): requests/s and latency through each, at 16 and 256
// connections, proxy and floor taking turns against the same upstream; then the proxy's RSS over a long run.
// Upstream, each server and the load generator run in their own processes.
import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadResult } from "./load-generator.js";
import { startCannedServer } from "./local-server.js";
import { median } from "./stats.js";

export type SliceResult = LoadResult & { readonly serverCpuMicrosPerRequest: number };

export interface ProxyLevel {
  readonly connections: number;
  /** One result per slice, in the order they ran. */
  readonly proxy: readonly SliceResult[];
  readonly floor: readonly SliceResult[];
  /** The same proxy on the web Request/Response path (toNodeListener with a custom fetch), for comparison. */
  readonly web: readonly SliceResult[];
  readonly webRps: number;
  readonly webP50Ms: number;
  readonly webP99Ms: number;
  readonly webCpuMicros: number;
  /** Server process CPU (user + system) per answered request: what each costs, whatever else the machine runs. */
  readonly proxyCpuMicros: number;
  readonly floorCpuMicros: number;
  /** Median slice of each. */
  readonly proxyRps: number;
  readonly floorRps: number;
  readonly proxyP50Ms: number;
  readonly floorP50Ms: number;
  readonly proxyP99Ms: number;
  readonly floorP99Ms: number;
}

/** The proxy's memory at one moment of the long run, in MB; `atS` counts from the start of the load. */
export interface MemorySample {
  readonly atS: number;
  readonly rssMb: number;
  readonly heapUsedMb: number;
  readonly externalMb: number;
  readonly arrayBuffersMb: number;
}

export interface ProxyMemory {
  readonly connections: number;
  readonly durationMs: number;
  /** Load before the "start" sample, so sockets, pools and the JIT have reached their working size. */
  readonly warmupMs: number;
  readonly requestsPerSecond: number;
  readonly rssBeforeLoadMb: number;
  /** RSS right after the warm-up. */
  readonly rssStartMb: number;
  readonly rssEndMb: number;
  /** The highest RSS sampled after the warm-up. */
  readonly rssPeakMb: number;
  readonly heapAfterGcStartMb: number;
  readonly heapAfterGcEndMb: number;
  readonly sampleEveryMs: number;
  /** One sample every `sampleEveryMs` from the start of the load, and one at its end. */
  readonly samples: readonly MemorySample[];
}

export interface ProxyBenchResult {
  readonly path: string;
  readonly sliceMs: number;
  readonly levels: readonly ProxyLevel[];
  readonly memory: ProxyMemory;
}

export interface ProxyBenchOptions {
  readonly connections?: readonly number[];
  readonly slices?: number;
  readonly sliceMs?: number;
  readonly warmupMs?: number;
  readonly memoryMs?: number;
}

const PATH = "/hwcloud/dcs/v2/0a1b2c3d4e5f60718293a4b5c6d7e8f9/tasks?limit=10";
const SAMPLE_EVERY_MS = 5000;
const MEMORY_WARMUP_MS = 10_000;
const MB = 2 ** 20;
const here = fileURLToPath(new URL(".", import.meta.url));

async function startServer(mode: "proxy" | "web" | "floor", upstream: string) {
  const child = fork(join(here, "proxy-bench-server.mjs"), [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    execArgv: ["--expose-gc"],
  });
  child.send({ mode, upstream });
  const port = await answerOf<number>(child, "port");
  return { child, url: `http://127.0.0.1:${port}${PATH}` };
}

/** The next message from `child` that carries `key` (questions may overlap, so answers are told apart by key). */
function answerOf<T>(child: ChildProcess, key: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (message: Record<string, unknown>) => {
      if (!(key in message)) return;
      child.off("message", listener);
      resolve(message[key] as T);
    };
    child.on("message", listener);
  });
}

async function ask<T>(child: ChildProcess, key: "rss" | "cpu" | "sample"): Promise<T> {
  const answer = answerOf<T>(child, key);
  child.send({ [key]: true });
  return answer;
}

async function memoryOf(child: ChildProcess): Promise<{ rssMb: number; heapAfterGcMb: number }> {
  const { rss, heapAfterGc } = await ask<{ rss: number; heapAfterGc: number }>(child, "rss");
  return { rssMb: rss / MB, heapAfterGcMb: heapAfterGc / MB };
}

/** Samples the server's memory every SAMPLE_EVERY_MS until `until` settles (bounded by the run it watches). */
async function sampleMemory(child: ChildProcess, until: Promise<unknown>): Promise<MemorySample[]> {
  const samples: MemorySample[] = [];
  const started = Date.now();
  let done = false;
  void until.finally(() => (done = true));
  const take = async () => {
    const m = await ask<{ rss: number; heapUsed: number; external: number; arrayBuffers: number }>(
      child,
      "sample",
    );
    samples.push({
      atS: Math.round((Date.now() - started) / 1000),
      rssMb: m.rss / MB,
      heapUsedMb: m.heapUsed / MB,
      externalMb: m.external / MB,
      arrayBuffersMb: m.arrayBuffers / MB,
    });
  };
  while (!done) {
    await take();
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([until, new Promise((resolve) => (timer = setTimeout(resolve, SAMPLE_EVERY_MS)))]);
    clearTimeout(timer);
  }
  // The end of the run, however it fell between two samples.
  await take();
  return samples;
}

/** One slice of load on one server, with the server process's CPU time per answered request. */
async function load(
  server: { child: ChildProcess; url: string },
  connections: number,
  warmupMs: number,
  durationMs: number,
): Promise<SliceResult> {
  const child = fork(join(here, "load-generator.mjs"), [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  child.send({ url: server.url, connections, warmupMs, durationMs });
  const finished = answerOf<LoadResult>(child, "result");
  const exited = once(child, "exit");
  await new Promise((resolve) => setTimeout(resolve, warmupMs));
  const cpuBefore = await ask<number>(server.child, "cpu");
  const result = await finished;
  const cpuAfter = await ask<number>(server.child, "cpu");
  await exited;
  if (result.requests === 0) throw new Error(`no request through ${server.url} was answered`);
  return { ...result, serverCpuMicrosPerRequest: (cpuAfter - cpuBefore) / result.requests };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = once(child, "exit");
  child.disconnect();
  const timer = setTimeout(() => child.kill(), 5000);
  await exited;
  clearTimeout(timer);
}

export async function benchProxy(page: string, options: ProxyBenchOptions = {}): Promise<ProxyBenchResult> {
  const { connections = [16, 256], slices = 3, sliceMs = 4000, warmupMs = 1000, memoryMs = 60_000 } = options;
  const upstream = await startCannedServer(page);
  const proxy = await startServer("proxy", upstream.origin);
  const floor = await startServer("floor", upstream.origin);
  const web = await startServer("web", upstream.origin);
  try {
    const levels: ProxyLevel[] = [];
    for (const count of connections) {
      const proxyRuns: SliceResult[] = [];
      const floorRuns: SliceResult[] = [];
      const webRuns: SliceResult[] = [];
      // Interleaved, so load from other work on the machine falls on both alike.
      for (let slice = 0; slice < slices; slice++) {
        floorRuns.push(await load(floor, count, warmupMs, sliceMs));
        proxyRuns.push(await load(proxy, count, warmupMs, sliceMs));
        webRuns.push(await load(web, count, warmupMs, sliceMs));
      }
      const pick = (runs: SliceResult[], key: keyof SliceResult) => median(runs.map((run) => run[key]));
      levels.push({
        connections: count,
        proxy: proxyRuns,
        floor: floorRuns,
        web: webRuns,
        webRps: pick(webRuns, "requestsPerSecond"),
        webP50Ms: pick(webRuns, "p50Ms"),
        webP99Ms: pick(webRuns, "p99Ms"),
        webCpuMicros: pick(webRuns, "serverCpuMicrosPerRequest"),
        proxyRps: pick(proxyRuns, "requestsPerSecond"),
        floorRps: pick(floorRuns, "requestsPerSecond"),
        proxyP50Ms: pick(proxyRuns, "p50Ms"),
        floorP50Ms: pick(floorRuns, "p50Ms"),
        proxyP99Ms: pick(proxyRuns, "p99Ms"),
        floorP99Ms: pick(floorRuns, "p99Ms"),
        proxyCpuMicros: pick(proxyRuns, "serverCpuMicrosPerRequest"),
        floorCpuMicros: pick(floorRuns, "serverCpuMicrosPerRequest"),
      });
    }
    const memoryConnections = connections[connections.length - 1]!;
    const before = await memoryOf(proxy.child);
    const warmup = Math.min(MEMORY_WARMUP_MS, memoryMs / 4);
    const running = load(proxy, memoryConnections, warmup, memoryMs - warmup);
    const sampling = sampleMemory(proxy.child, running);
    await new Promise((resolve) => setTimeout(resolve, warmup + 100));
    const start = await memoryOf(proxy.child);
    const result = await running;
    const end = await memoryOf(proxy.child);
    const samples = await sampling;
    const afterWarmup = samples.filter((sample) => sample.atS * 1000 >= warmup);
    return {
      path: PATH,
      sliceMs,
      levels,
      memory: {
        connections: memoryConnections,
        durationMs: memoryMs,
        warmupMs: warmup,
        requestsPerSecond: result.requestsPerSecond,
        rssBeforeLoadMb: before.rssMb,
        rssStartMb: start.rssMb,
        rssEndMb: end.rssMb,
        rssPeakMb: Math.max(start.rssMb, end.rssMb, ...afterWarmup.map((sample) => sample.rssMb)),
        heapAfterGcStartMb: start.heapAfterGcMb,
        heapAfterGcEndMb: end.heapAfterGcMb,
        sampleEveryMs: SAMPLE_EVERY_MS,
        samples,
      },
    };
  } finally {
    await Promise.all([stop(proxy.child), stop(floor.child), stop(web.child), upstream.close()]);
  }
}
