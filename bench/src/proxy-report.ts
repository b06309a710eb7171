import type { Machine } from "./machine.js";
import type { ProxyBenchResult } from "./proxy-throughput.js";

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const rps = (value: number) => Math.round(value).toLocaleString("en-US");
const mb = (value: number) => `${value.toFixed(0)} MB`;
/** "Flat" memory: the end of the run within 10% of the value right after the warm-up. */
const FLAT = 1.1;

/** Issue 19's targets for one run: throughput ratio, p99 ratio per connection count, RSS growth. */
export function proxyTargets(result: ProxyBenchResult) {
  const rows = result.levels.flatMap((level) => [
    {
      target: `proxy requests/s vs bare pass-through, ${level.connections} connections`,
      goal: ">= 0.70x",
      ratio: level.proxyRps / level.floorRps,
      measured: `${(level.proxyRps / level.floorRps).toFixed(2)}x (${rps(level.proxyRps)} vs ${rps(level.floorRps)} req/s)`,
      met: level.proxyRps / level.floorRps >= 0.7,
    },
    {
      target: `proxy p99 vs bare pass-through, ${level.connections} connections`,
      goal: "<= 2.00x",
      ratio: level.proxyP99Ms / level.floorP99Ms,
      measured: `${(level.proxyP99Ms / level.floorP99Ms).toFixed(2)}x (${ms(level.proxyP99Ms)} vs ${ms(level.floorP99Ms)})`,
      met: level.proxyP99Ms / level.floorP99Ms <= 2,
    },
  ]);
  const { memory } = result;
  const growth = memory.rssEndMb / memory.rssStartMb;
  const live = memory.heapAfterGcEndMb / memory.heapAfterGcStartMb;
  rows.push({
    target: `proxy memory over ${memory.durationMs / 1000} s at ${memory.connections} connections`,
    goal: "flat: RSS and live heap at the end <= 1.10x their value after warm-up",
    ratio: growth,
    measured: `RSS ${growth.toFixed(2)}x (${mb(memory.rssStartMb)} after ${memory.warmupMs / 1000} s, peak ${mb(memory.rssPeakMb)}, ${mb(memory.rssEndMb)} at the end); live heap after GC ${live.toFixed(2)}x (${memory.heapAfterGcStartMb.toFixed(1)} to ${memory.heapAfterGcEndMb.toFixed(1)} MB)`,
    met: growth <= FLAT && live <= FLAT,
  });
  return rows;
}

/** The "## Signing proxy" section of RESULTS.md. */
export function renderProxySection(result: ProxyBenchResult, machine: Machine, date: Date): string {
  const targets = proxyTargets(result);
  const lines = [
    "## Signing proxy",
    "",
    `Measured on ${date.toISOString()}: Node ${machine.node}, ${machine.cpu}, ${machine.cores} cores, 1-minute load`,
    `average ${machine.load.toFixed(1)} at the start (the machine is shared; every ratio compares numbers of this one run).`,
    "",
    `\`GET ${result.path}\` through \`toNodeListener(createSigningProxy(...))\` (the Node fast path) and through`,
    "the floor, a bare `node:http` pass-through that forwards the same call with fixed headers to the same",
    "upstream (a canned 10-task page). Upstream, proxy, floor and the load generator (keep-alive `node:http`",
    `connections, bench/src/load-generator.ts) are separate processes; floor and proxy take turns in`,
    `${result.levels[0]?.proxy.length ?? 0} interleaved slices of ${result.sliceMs / 1000} s per connection count (medians of the slices). For comparison, the`,
    "same proxy on the web Request/Response path (`toNodeListener` with a custom `fetch`, as before issue 19) takes",
    "its turn too.",
    "",
    "| target | goal | measured | met |",
    "| --- | --- | --- | --- |",
    ...targets.map((t) => `| ${t.target} | ${t.goal} | ${t.measured} | ${t.met ? "yes" : "**no**"} |`),
    "",
    "Server CPU per request is the server process's user + system time over a slice divided by the requests it",
    "answered: what each costs, however busy the machine is. Its inverse ratio is the throughput ratio the two would",
    "reach on otherwise idle cores.",
    "",
    "| connections | server | requests/s | p50 | p99 | server CPU per request | errors |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...result.levels.flatMap((level) => [
      `| ${level.connections} | floor | ${rps(level.floorRps)} | ${ms(level.floorP50Ms)} | ${ms(level.floorP99Ms)} | ${level.floorCpuMicros.toFixed(0)} µs | ${level.floor.reduce((n, r) => n + r.errors, 0)} |`,
      `| ${level.connections} | proxy, web path (custom fetch) | ${rps(level.webRps)} | ${ms(level.webP50Ms)} | ${ms(level.webP99Ms)} | ${level.webCpuMicros.toFixed(0)} µs | ${level.web.reduce((n, r) => n + r.errors, 0)} |`,
      `| ${level.connections} | proxy | ${rps(level.proxyRps)} | ${ms(level.proxyP50Ms)} | ${ms(level.proxyP99Ms)} | ${level.proxyCpuMicros.toFixed(0)} µs (floor ${(level.floorCpuMicros / level.proxyCpuMicros).toFixed(2)}x of it) | ${level.proxy.reduce((n, r) => n + r.errors, 0)} |`,
    ]),
    "",
    ...notes(result),
    ...memorySection(result),
  ];
  return lines.join("\n");
}

/** Replaces the "## Signing proxy" section of a report (or appends it), leaving every other section as it is. */
export function spliceProxySection(report: string, section: string): string {
  const start = report.indexOf("\n## Signing proxy\n");
  if (start === -1) return `${report.trimEnd()}\n\n${section}`;
  const next = report.indexOf("\n## ", start + 1);
  return `${report.slice(0, start + 1)}${section}${next === -1 ? "" : `\n${report.slice(next + 1)}`}`;
}

/** The long run's memory: start, plateau and end, and every sample, so growth and its kind can be read off. */
function memorySection(result: ProxyBenchResult): string[] {
  const { memory } = result;
  const samples = memory.samples;
  return [
    `Memory: the proxy's RSS was ${mb(memory.rssBeforeLoadMb)} before the load, ${mb(memory.rssStartMb)} after a ${memory.warmupMs / 1000} s warm-up,`,
    `at most ${mb(memory.rssPeakMb)} after it, and ${mb(memory.rssEndMb)} at the end of ${memory.durationMs / 1000} s at ${memory.connections} connections`,
    `(${rps(memory.requestsPerSecond)} requests/s). Sampled every ${memory.sampleEveryMs / 1000} s without forcing a collection (heap used includes`,
    "garbage not yet collected; external and array buffers are the sockets' and parsers' memory outside the heap):",
    "",
    "| time | RSS | heap used | external | array buffers |",
    "| --- | --- | --- | --- | --- |",
    ...samples.map(
      (sample) =>
        `| ${sample.atS} s | ${sample.rssMb.toFixed(1)} MB | ${sample.heapUsedMb.toFixed(1)} MB | ${sample.externalMb.toFixed(1)} MB | ${sample.arrayBuffersMb.toFixed(1)} MB |`,
    ),
    "",
  ];
}

/** What the numbers say about the targets beyond met / not met, derived from this run's measurements. */
function notes(result: ProxyBenchResult): string[] {
  const out: string[] = [];
  for (const level of result.levels) {
    const cpuRatio = level.floorCpuMicros / level.proxyCpuMicros;
    const rpsRatio = level.proxyRps / level.floorRps;
    if (cpuRatio < 0.7 && rpsRatio >= 0.7) {
      out.push(
        `- ${level.connections} connections: the throughput ratio (${rpsRatio.toFixed(2)}x) is met in this run, but the proxy costs ` +
          `${(level.proxyCpuMicros / level.floorCpuMicros).toFixed(2)}x the floor's CPU per request, so on otherwise idle cores, where CPU is the limit, expect about ${cpuRatio.toFixed(2)}x.`,
      );
    }
    if (rpsRatio < 0.7) {
      out.push(
        `- ${level.connections} connections, throughput missed: the proxy spends ${level.proxyCpuMicros.toFixed(0)} µs of CPU per request against the ` +
          `floor's ${level.floorCpuMicros.toFixed(0)} µs, measured in the server processes; on cores shared with the rest of the machine ` +
          "that CPU is the limit.",
      );
    }
    out.push(
      `- ${level.connections} connections: the web Request/Response path does ${(level.webRps / level.floorRps).toFixed(2)}x the floor's requests/s at ` +
        `${(level.webCpuMicros / level.floorCpuMicros).toFixed(1)}x its CPU per request; the fast path does ${rpsRatio.toFixed(2)}x.`,
    );
  }
  const { memory } = result;
  if (
    memory.rssEndMb / memory.rssStartMb > FLAT &&
    memory.heapAfterGcEndMb <= memory.heapAfterGcStartMb * FLAT
  ) {
    out.push(
      `- Memory: RSS rose ${((memory.rssEndMb / memory.rssStartMb - 1) * 100).toFixed(0)}% while the heap still live after a full GC went from ` +
        `${memory.heapAfterGcStartMb.toFixed(1)} to ${memory.heapAfterGcEndMb.toFixed(1)} MB: nothing is retained per request; the RSS growth is ` +
        "memory V8 and the allocator keep after collecting it, not a leak.",
    );
  }
  return out.length > 0 ? [...out, ""] : [];
}
