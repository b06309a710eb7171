import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { planGeneration } from "../src/plan.js";
import { applyPlan, diffPlan } from "../src/sync.js";
import { fixtureLayout, generatorDir, repoLayout } from "./layout.js";

describe("the drift check", () => {
  let outDir: string;
  const plan = () => planGeneration(fixtureLayout(outDir));
  const generatedFile = (name: string) => join(outDir, "widgets/src/generated", name);

  beforeEach(async () => {
    outDir = await mkdtemp(join(tmpdir(), "generator-drift-"));
    await applyPlan(await plan());
  });
  afterEach(() => rm(outDir, { recursive: true, force: true }));

  it("finds nothing to change right after a run", async () => {
    expect(await diffPlan(await plan())).toEqual([]);
  });

  it("reports a hand-edited generated file as an update", async () => {
    const path = generatedFile("client.ts");
    await writeFile(path, `${await readFile(path, "utf8")}// a hand edit\n`);
    expect(await diffPlan(await plan())).toEqual([{ path, change: "update" }]);
  });

  it("reports a missing generated file as a create and a stray one in src/generated as a delete", async () => {
    await unlink(generatedFile("descriptor.ts"));
    await writeFile(generatedFile("old-operation.ts"), "export {};\n");
    expect(await diffPlan(await plan())).toEqual([
      { path: generatedFile("descriptor.ts"), change: "create" },
      { path: generatedFile("old-operation.ts"), change: "delete" },
    ]);
  });

  it("reports a deleted tsconfig.json as a create without touching the existing package.json", async () => {
    await unlink(join(outDir, "widgets/tsconfig.json"));
    expect(await diffPlan(await plan())).toEqual([
      { path: join(outDir, "widgets/tsconfig.json"), change: "create" },
    ]);
  });

  it("is cleared by the next run, which also removes the stray file", async () => {
    await writeFile(generatedFile("schema.ts"), "// stale\n");
    await writeFile(generatedFile("old-operation.ts"), "export {};\n");
    await applyPlan(await plan());
    expect(await diffPlan(await plan())).toEqual([]);
  });
});

describe("generate --check (the CLI CI runs)", { timeout: 90_000 }, () => {
  const cli = join(generatorDir, "dist/cli-under-test.mjs");
  let outDir: string;
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        cli,
        ...args,
        "--specs",
        "test/fixtures/specs",
        "--packages",
        outDir,
        "--mock-operations",
        "none",
        "--proxy-allowlist",
        "none",
        "--changesets",
        "none",
      ],
      { cwd: generatorDir, encoding: "utf8", timeout: 60_000 },
    );

  beforeAll(async () => {
    await build({
      entryPoints: [join(generatorDir, "src/cli.ts")],
      outfile: cli,
      bundle: true,
      platform: "node",
      format: "esm",
      packages: "external",
      logLevel: "warning",
    });
  });
  beforeEach(async () => {
    outDir = await mkdtemp(join(tmpdir(), "generator-cli-"));
  });
  afterEach(() => rm(outDir, { recursive: true, force: true }));

  it("exits 1 listing every file a run would write, and writes nothing", () => {
    const result = run("--check");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("files differ from what `pnpm generate` writes");
    expect(result.stderr).toMatch(/create +.*widgets\/src\/generated\/client\.ts/);
    expect(result.stderr).toMatch(/create +.*widgets\/package\.json/);
    expect(spawnSync("ls", [outDir], { encoding: "utf8" }).stdout).toBe("");
  });

  it("exits 0 once the output is up to date", async () => {
    await applyPlan(await planGeneration(fixtureLayout(outDir)));
    const result = run("--check");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/generate --check: \d+ files up to date/);
  });

  it("exits 2 naming the spec when a spec is broken", async () => {
    const specsDir = await mkdtemp(join(tmpdir(), "generator-bad-spec-"));
    await writeFile(
      join(specsDir, "broken.yaml"),
      "openapi: 3.0.3\ninfo: { title: Broken, version: '1' }\npaths: {}\n",
    );
    const result = spawnSync(
      process.execPath,
      [
        cli,
        "--check",
        "--specs",
        specsDir,
        "--packages",
        outDir,
        "--mock-operations",
        "none",
        "--proxy-allowlist",
        "none",
      ],
      {
        cwd: generatorDir,
        encoding: "utf8",
      },
    );
    await rm(specsDir, { recursive: true, force: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("specs/broken.yaml: must declare openapi: 3.1.x (found 3.0.3)");
  });
});

describe("the repository", () => {
  it("has committed exactly what `pnpm generate` writes from specs/", async () => {
    const changes = await diffPlan(await planGeneration(repoLayout));
    expect(changes.map(({ path, change }) => `${change} ${path}`)).toEqual([]);
  });
});
