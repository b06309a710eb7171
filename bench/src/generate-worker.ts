// One generator run in a process of its own, so its peak memory is its own: compiles every spec in
// argv[2] into packages under argv[3], exactly as `pnpm generate` does (plan, format, write), and prints
// the time and peak RSS as JSON.
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { planGeneration } from "../../tools/generator/src/plan.js";
import { applyPlan } from "../../tools/generator/src/sync.js";
import { repoRoot } from "./repo.js";

const [specsDir, outDir] = process.argv.slice(2);
if (!specsDir || !outDir) throw new Error("usage: generate-worker <specs dir> <output dir>");

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const start = performance.now();
const plan = await planGeneration({
  repoRoot,
  specsDir,
  packagesDir: join(outDir, "packages"),
  mockOperationsFile: join(outDir, "mock-cloud-operations.ts"),
});
const changes = await applyPlan(plan);
const generateMs = performance.now() - start;
console.log(
  JSON.stringify({
    generateMs,
    processMs: performance.now(),
    cpuMs: cpuMs(),
    files: changes.length,
    bytes: plan.files.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
