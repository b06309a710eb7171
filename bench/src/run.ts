// `pnpm bench`: every benchmark of issues 7 and 19 in one run, then bench/RESULTS.md with the numbers.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { format, resolveConfig } from "prettier";
import { measureOneOperationBundle } from "./bundle-size.js";
import { benchColdStart } from "./cold-start.js";
import { ensureBuilt } from "./ensure-built.js";
import { recordListCenterTaskPage } from "./fixture.js";
import { benchGeneratorScale } from "./generator-scale.js";
import { installOfficialCore, installOurs } from "./install.js";
import { startCannedServer } from "./local-server.js";
import { describeMachine } from "./machine.js";
import { benchOverhead } from "./overhead.js";
import { renderProxySection, spliceProxySection } from "./proxy-report.js";
import { benchProxy } from "./proxy-throughput.js";
import { evaluateTargets, renderReport, type BenchResults } from "./report.js";
import { repoRoot } from "./repo.js";
import { benchSigning } from "./signing.js";

/** Runs one benchmark, printing its duration and its raw result as it finishes. */
const step = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
  const start = performance.now();
  const result = await work();
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(
    `${name} (${seconds} s): ${JSON.stringify(result, (key, value) => (key === "packages" ? undefined : value))}`,
  );
  return result;
};

/**
 * Timed calls per contender in the request-overhead benchmark: 6,000 (300 per slice) keeps the slice-paired
 * ratios within a few hundredths between runs on this machine, where 2,000 let them swing by 0.4x.
 */
const OVERHEAD_CALLS = 6000;

const started = performance.now();
const date = new Date();
const machine = describeMachine();
const rebuilt = await step("build stale packages", ensureBuilt);
const officialVersion = (
  createRequire(import.meta.url)("@huaweicloud/huaweicloud-sdk-core/package.json") as { version: string }
).version;
const workDir = mkdtempSync(join(tmpdir(), "hwcloud-bench-"));
try {
  const page = await recordListCenterTaskPage();
  const signing = await step("signing", benchSigning);
  const overhead = await step("request overhead", () => benchOverhead(page, OVERHEAD_CALLS));
  const [ours, official] = await step("install footprint", () =>
    Promise.all([installOurs(workDir), installOfficialCore(workDir, officialVersion)]),
  );
  const server = await startCannedServer(page);
  const coldStart = await step("cold start", () =>
    benchColdStart(server.origin, ours.dir, official.dir),
  ).finally(() => server.close());
  const bundle = await step("browser bundle", measureOneOperationBundle);
  const scale = await step("generator scale", () => benchGeneratorScale(join(workDir, "generator")));
  const proxy = await step("signing proxy", () => benchProxy(page));

  const results: BenchResults = {
    date,
    durationMs: performance.now() - started,
    machine,
    signing,
    overhead,
    coldStart,
    install: { ours, official },
    officialVersion,
    bundle,
    generation: scale.generation,
    typecheck: scale.typecheck,
  };
  const targets = evaluateTargets(results);
  const notes =
    rebuilt.length > 0
      ? [`turbo build ran first for ${rebuilt.join(", ")} (a source was newer than its dist).`]
      : [];
  const out = join(repoRoot, "bench/RESULTS.md");
  // Formatted as `prettier --write` would, so the committed report passes `pnpm format:check`.
  const config = (await resolveConfig(join(repoRoot, "package.json"))) ?? {};
  const rendered = spliceProxySection(
    renderReport(results, targets, notes),
    renderProxySection(proxy, machine, date),
  );
  const report = await format(rendered, { ...config, filepath: out });
  writeFileSync(out, report);
  console.log(`\n${report.slice(0, report.indexOf("## Signing")).trim()}\n\nwrote ${out}`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
