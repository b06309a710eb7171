// `pnpm --filter @hwcloud-tools/bench bench:proxy`: the proxy benchmark alone; rewrites only the
// "## Signing proxy" section of bench/RESULTS.md.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { recordListCenterTaskPage } from "./fixture.js";
import { describeMachine } from "./machine.js";
import { renderProxySection, spliceProxySection } from "./proxy-report.js";
import { benchProxy } from "./proxy-throughput.js";
import { repoRoot } from "./repo.js";

const machine = describeMachine();
const date = new Date();
// --quick: a short smoke run that prints its numbers and writes nothing.
const quick = process.argv.includes("--quick");
const result = await benchProxy(
  await recordListCenterTaskPage(),
  quick ? { slices: 1, sliceMs: 2000, warmupMs: 500, memoryMs: 8000 } : {},
);
if (quick) {
  console.log(renderProxySection(result, machine, date));
  process.exit(0);
}
const out = join(repoRoot, "bench/RESULTS.md");
const config = (await resolveConfig(join(repoRoot, "package.json"))) ?? {};
const report = spliceProxySection(readFileSync(out, "utf8"), renderProxySection(result, machine, date));
writeFileSync(out, await format(report, { ...config, filepath: out }));
console.log(renderProxySection(result, machine, date));
console.log(`wrote ${out}`);
