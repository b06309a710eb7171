// `pnpm --filter @hwcloud-tools/bench bench:generator`: the generator-scale runs alone (real specs/, synthetic
// 250, 500 and 1,000 operations, each a cold process), printed; writes nothing to RESULTS.md.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchGenerationRuns, marginalCpuMsPerOperation } from "./generator-scale.js";

const workDir = mkdtempSync(join(tmpdir(), "hwcloud-bench-generator-"));
try {
  const runs = await benchGenerationRuns(workDir, [250, 500, 1000]);
  const ms = (value: number) => `${Math.round(value).toLocaleString("en-US")} ms`;
  console.log(["specs".padEnd(28), "generating".padStart(10), "whole process".padStart(13), "CPU"].join(" "));
  for (const run of runs) {
    const cpu = `${ms(run.cpuMs)}`;
    console.log(
      [run.name.padEnd(28), ms(run.generateMs).padStart(10), ms(run.processMs).padStart(13), cpu].join(" "),
    );
  }
  const [, small, middle, large] = runs;
  const growth = marginalCpuMsPerOperation(middle!, large!) / marginalCpuMsPerOperation(small!, middle!);
  console.log(
    `CPU ms per added operation, 500 -> 1000 vs 250 -> 500: ${growth.toFixed(2)}x (linear: about 1)`,
  );
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
