import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { repoRoot } from "./repo.js";
import { syntheticSpec } from "./synthetic-spec.js";

const exec = promisify(execFile);

export interface GenerationRun {
  readonly name: string;
  /** Operations in the synthetic spec; undefined for the real specs/. */
  readonly operations?: number;
  /** Planning, formatting and writing, inside the process. */
  readonly generateMs: number;
  /** Whole process, Node start and module loading included: what `pnpm generate` costs. */
  readonly processMs: number;
  /** CPU time (user + system, every thread) of the whole process: steadier than wall time on a busy machine. */
  readonly cpuMs: number;
  readonly maxRssBytes: number;
  readonly files: number;
  readonly bytes: number;
}

/**
 * The CPU time each operation added between two runs costs: the fixed start-up, in both, cancels out, and CPU
 * time stays meaningful on a machine busy with other work, where wall time does not.
 */
export function marginalCpuMsPerOperation(from: GenerationRun, to: GenerationRun): number {
  return (to.cpuMs - from.cpuMs) / (to.operations! - from.operations!);
}

export interface TypecheckRun {
  readonly name: string;
  readonly ms: number;
}

/**
 * Cold runs per spec, of which the one with the median CPU time is kept: a single run slowed by other work
 * on the machine once made the growth ratio read 1.38x where reruns read 0.75x. The first run writes into
 * `outDir` (what the type-check step then checks), the others into empty directories beside it.
 */
const RUNS_PER_SPEC = 3;

async function generate(name: string, specsDir: string, outDir: string, operations?: number) {
  const worker = join(fileURLToPath(new URL(".", import.meta.url)), "generate-worker.mjs");
  const runs: GenerationRun[] = [];
  for (let run = 0; run < RUNS_PER_SPEC; run++) {
    const { stdout } = await exec(
      process.execPath,
      [worker, specsDir, run === 0 ? outDir : `${outDir}-${run}`],
      {
        timeout: 120_000,
      },
    );
    runs.push({ name, ...(operations === undefined ? {} : { operations }), ...JSON.parse(stdout) });
  }
  return runs.sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(RUNS_PER_SPEC / 2)]!;
}

/** A tsconfig for `sources` with the repository's settings and the runtime packages mapped to their sources. */
function benchTsconfig(workDir: string, name: string, sources: string): string {
  const path = join(workDir, `tsconfig.${name}.json`);
  const source = (pkg: string) => [join(repoRoot, "packages", pkg, "src/index.ts")];
  writeFileSync(
    path,
    JSON.stringify({
      extends: join(repoRoot, "tsconfig.base.json"),
      compilerOptions: { paths: { "@hwcloud/core": source("core"), "@hwcloud/signer": source("signer") } },
      include: [sources],
    }),
  );
  return path;
}

async function typecheck(name: string, project: string): Promise<TypecheckRun> {
  const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
  const start = performance.now();
  await exec(process.execPath, [tsc, "-p", project], { cwd: repoRoot, timeout: 180_000 });
  return { name, ms: performance.now() - start };
}

/** The generator on the real specs/ and on a synthetic spec of each size, each run a cold process. */
export async function benchGenerationRuns(
  workDir: string,
  sizes: readonly number[],
): Promise<GenerationRun[]> {
  const generation = [
    await generate("specs/ (every real spec)", join(repoRoot, "specs"), join(workDir, "real")),
  ];
  for (const operations of sizes) {
    const dir = join(workDir, `synthetic-${operations}`);
    mkdirSync(join(dir, "specs"), { recursive: true });
    writeFileSync(join(dir, "specs", "synthetic.yaml"), syntheticSpec(operations));
    generation.push(
      await generate(`synthetic, ${operations} operations`, join(dir, "specs"), join(dir, "out"), operations),
    );
  }
  return generation;
}

/**
 * The generator on the real specs/ and on synthetic specs of growing size (written by synthetic-spec.ts
 * into `workDir`), then `tsc` on the real DCS package and on the largest synthetic package, each with the
 * sources of @hwcloud/core and @hwcloud/signer (so both times include checking those).
 */
export async function benchGeneratorScale(
  workDir: string,
  sizes: readonly number[] = [250, 500, 1000],
): Promise<{ generation: GenerationRun[]; typecheck: TypecheckRun[] }> {
  const generation = await benchGenerationRuns(workDir, sizes);
  // @hwcloud/core and @hwcloud/signer are mapped to their sources, not their dist: a dist can be mid-rebuild
  // while other work runs, and the sources make every run check the same files.
  const largest = Math.max(...sizes);
  const checks = [
    await typecheck("packages/dcs", benchTsconfig(workDir, "dcs", join(repoRoot, "packages/dcs/src"))),
    await typecheck(
      `synthetic package, ${largest} operations`,
      benchTsconfig(
        workDir,
        "synthetic",
        join(workDir, `synthetic-${largest}`, "out/packages/synthetic/src"),
      ),
    ),
  ];
  return { generation, typecheck: checks };
}
