import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { specs, specsDir } from "./specs.js";

const lintScript = fileURLToPath(new URL("../scripts/lint.mjs", import.meta.url));
const brokenFixture = "test/fixtures/missing-operation-id.yaml";

interface LintRun {
  /** One line per problem: "::error title=<rule>,file=<file>,...::<message>" (or ::warning). */
  problems: string[];
  /** redocly's progress log, naming each file it validated. */
  log: string;
}

let lintRun: LintRun;

// One redocly process for every spec and the broken fixture: starting redocly costs seconds, linting is fast.
beforeAll(async () => {
  lintRun = await new Promise<LintRun>((resolve) => {
    execFile(
      process.execPath,
      [lintScript, "--format", "github-actions", ...specs.map((s) => s.specFile), brokenFixture],
      { cwd: specsDir },
      (_error, stdout, stderr) =>
        resolve({ problems: stdout.split("\n").filter((l) => l.startsWith("::")), log: stderr }),
    );
  });
}, 120_000);

function problemsIn(file: string): string[] {
  return lintRun.problems.filter((line) => line.includes(`file=${file},`));
}

describe.each(specs)("redocly lint of $specFile", ({ specFile: file }) => {
  it("validates the file and reports no errors or warnings", () => {
    expect(lintRun.log).toContain(`${file}: validated`);
    expect(problemsIn(file)).toEqual([]);
  });
});

describe("redocly lint config", () => {
  it("fails a spec whose operation lacks an operationId", () => {
    expect(problemsIn(brokenFixture).join("\n")).toContain("::error title=operation-operationId,");
  });
});
