import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceNameOf } from "@hwcloud-tools/spec-model";
import { fixturePackagesDir, repoRoot, repoSpecFiles } from "../layout.js";

const readmes = [
  ...repoSpecFiles()
    .map((file) => serviceNameOf(file)!)
    .map((service) => ({ service, readme: `${repoRoot}packages/${service}/README.md` })),
  { service: "widgets", readme: join(fixturePackagesDir, "widgets/README.md") },
];

/** The first ```ts block of a README: the example a user copies. */
function exampleOf(readmePath: string): string {
  const match = /```ts\n([\s\S]*?)```/.exec(readFileSync(readmePath, "utf8"));
  if (match === null) throw new Error(`${readmePath} has no ts example`);
  return match[1]!;
}

describe("each package README's example compiles as an ES module against the package", () => {
  let dir: string;
  let diagnostics: Map<string, string[]>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "generator-readme-"));
    const files = await Promise.all(
      readmes.map(async ({ service, readme }) => {
        const file = join(dir, `${service}.mts`);
        await writeFile(file, exampleOf(readme));
        return file;
      }),
    );
    const base = ts.readConfigFile(join(repoRoot, "tsconfig.base.json"), ts.sys.readFile).config;
    const { options } = ts.parseJsonConfigFileContent(base, ts.sys, dir);
    const program = ts.createProgram(files, {
      ...options,
      types: ["node"],
      typeRoots: [join(repoRoot, "node_modules/@types")],
      paths: {
        "@hwcloud/widgets": [join(fixturePackagesDir, "widgets/src/index.ts")],
        "@hwcloud/*": [join(repoRoot, "packages/*/src/index.ts")],
      },
    });
    diagnostics = new Map(files.map((file) => [file, []]));
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const file = diagnostic.file?.fileName ?? "";
      const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
      (diagnostics.get(file) ?? diagnostics.set(file, []).get(file)!).push(text);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(readmes.map(({ service }) => service))("@hwcloud/%s", (service) => {
    expect(diagnostics.get(join(dir, `${service}.mts`))).toEqual([]);
    const elsewhere = [...diagnostics].filter(([file, errors]) => !file.startsWith(dir) && errors.length > 0);
    expect(elsewhere).toEqual([]);
  });
});
