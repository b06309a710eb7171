import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planGeneration, type Plan } from "../src/plan.js";
import { applyPlan } from "../src/sync.js";
import { fixtureLayout, fixturePackagesDir, repoRoot } from "./layout.js";

/** Every file under `dir`, as relative path -> content. */
async function readTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const tree: Record<string, string> = {};
  for (const file of files.sort()) tree[relative(dir, file)] = await readFile(file, "utf8");
  return tree;
}

describe("a sixth service needs only its spec (the widgets fixture)", () => {
  let outDir: string;
  let changesetDir: string;
  let plan: Plan;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "generator-fixture-"));
    changesetDir = await mkdtemp(join(tmpdir(), "generator-changesets-"));
    plan = await planGeneration(fixtureLayout(outDir, changesetDir));
    await applyPlan(plan);
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
    await rm(changesetDir, { recursive: true, force: true });
  });

  it("generates the committed snapshot in test/fixtures/packages, byte for byte", async () => {
    expect(await readTree(outDir)).toEqual(await readTree(fixturePackagesDir));
  });

  it("generates byte-identical files when run again", async () => {
    const again = await planGeneration(fixtureLayout(outDir));
    const generated = (p: Plan) => p.files.filter((file) => file.kind === "generated");
    expect(generated(again)).toEqual(generated(plan));
  });

  it("starts every generated file with a do-not-edit header naming its spec's path in the repository", () => {
    const header =
      "generated from tools/generator/test/fixtures/specs/widgets.yaml by @hwcloud-tools/generator (pnpm generate), do not edit";
    for (const file of plan.files.filter((f) => f.kind === "generated")) {
      const firstLine = file.content.split("\n")[0];
      expect(firstLine, relative(outDir, file.path)).toBe(
        file.path.endsWith(".md") ? `<!-- ${header} -->` : `// ${header}`,
      );
    }
  });

  it("scaffolds a publishable package.json: dual ESM/CJS exports, types, sideEffects, files", async () => {
    const manifest = JSON.parse(await readFile(join(outDir, "widgets/package.json"), "utf8"));
    expect(manifest).toMatchObject({
      name: "@hwcloud/widgets",
      version: "0.0.0",
      type: "module",
      sideEffects: false,
      files: ["dist", "README.md"],
      exports: {
        ".": {
          import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
          require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
        },
      },
      dependencies: { "@hwcloud/core": "workspace:*" },
    });
    expect(manifest.scripts.build).toBe(
      "tsup src/index.ts --format esm,cjs --clean --target es2022 && node ../../tools/emit-declarations.mjs src/index.ts",
    );
    expect(manifest.scripts.prepack).toBe("node ../../tools/pack-release/bin/check-built.mjs");
  });

  it("writes a minor initial-release changeset for the new package", async () => {
    const text = await readFile(join(changesetDir, "widgets-initial-release.md"), "utf8");
    expect(text).toMatch(/^---\n"@hwcloud\/widgets": minor\n---\n\n\S/);
  });

  it("leaves an existing package.json and tsconfig.json alone: changesets own the version", async () => {
    const manifestPath = join(outDir, "widgets/package.json");
    const bumped = (await readFile(manifestPath, "utf8")).replace('"0.0.0"', '"0.1.0"');
    await writeFile(manifestPath, bumped);
    const rerun = await planGeneration(fixtureLayout(outDir, changesetDir));
    expect(rerun.files.filter((file) => file.kind === "scaffold")).toEqual([]);
    await applyPlan(rerun);
    expect(await readFile(manifestPath, "utf8")).toBe(bumped);
  });

  it("type-checks with tsc under the repository's strict settings", () => {
    const packageDir = join(fixturePackagesDir, "widgets");
    const base = ts.readConfigFile(join(repoRoot, "tsconfig.base.json"), ts.sys.readFile).config;
    const config = ts.parseJsonConfigFileContent({ ...base, include: ["src"] }, ts.sys, packageDir);
    expect(config.fileNames.map((file) => relative(packageDir, file)).sort()).toEqual([
      "src/generated/client.ts",
      "src/generated/descriptor.ts",
      "src/generated/schema.ts",
      "src/index.ts",
    ]);
    // @hwcloud/core from source, as the workspace's tests see it (no build needed).
    const paths = { "@hwcloud/*": [join(repoRoot, "packages/*/src/index.ts")] };
    const program = ts.createProgram(config.fileNames, { ...config.options, paths });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  });
});
