// `pnpm --filter @hwcloud-tools/bench bench:generator`: the generator-scale benchmark alone (real specs/,
// synthetic 250 and 1,000 operations, each a cold process), printed; writes nothing to RESULTS.md.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchGenerationRuns } from "./generator-scale.js";

const workDir = mkdtempSync(join(tmpdir(), "hwcloud-bench-generator-"));
try {
  const runs = await benchGenerationRuns(workDir, [250, 1000]);
  const ms = (value: number) => `${Math.round(value).toLocaleString("en-US")} ms`.padStart(10);
  console.log(
    `${"specs".padEnd(28)} ${"generating".padStart(10)} ${"whole process".padStart(13)} per operation`,
  );
  for (const run of runs) {
    const perOperation =
      run.operations === undefined ? "" : `${(run.generateMs / run.operations).toFixed(2)} ms`;
    console.log(
      `${run.name.padEnd(28)} ${ms(run.generateMs)} ${ms(run.processMs).padStart(13)} ${perOperation}`,
    );
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
