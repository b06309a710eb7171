import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { run } from "./run.js";
import { specText, tempTree } from "./test-support.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const official = {
  regions: {
    svc: {
      "aa-test-1": "https://svc.aa-test-1.example.com",
      "bb-test-1": "https://svc.bb-test-1.example.com",
    },
  },
};

function setup() {
  return tempTree({
    "specs/svc.yaml": specText({ "aa-test-1": "https://svc.aa-test-1.example.com" }, ["aa-test-1"]),
    "official.json": JSON.stringify(official),
  });
}

function runIn(root: string, ...args: string[]) {
  const lines: string[] = [];
  const code = run(args, root, (line: string) => lines.push(line), repoRoot);
  return { code, output: lines.join("\n") };
}

test("check exits 1 and lists the differences; sync rewrites the spec; check then exits 0", () => {
  const root = setup();
  const flags = ["--from", "official.json", "--specs", "specs"];
  const check = runIn(root, "check", ...flags);
  expect(check).toEqual({
    code: 1,
    output: expect.stringContaining("missing bb-test-1: https://svc.bb-test-1.example.com"),
  });
  expect(runIn(root, "sync", ...flags).code).toBe(0);
  expect(readFileSync(join(root, "specs/svc.yaml"), "utf8")).toContain(
    "  bb-test-1: https://svc.bb-test-1.example.com",
  );
  expect(runIn(root, "check", ...flags)).toEqual({ code: 0, output: "svc.yaml: in step (2 regions)" });
});

test("a spec the official data has no table for fails the check", () => {
  const root = setup();
  const emptySource = tempTree({ "o.json": JSON.stringify({ regions: {} }) });
  const result = runIn(root, "check", "--from", join(emptySource, "o.json"), "--specs", "specs");
  expect(result).toEqual({ code: 1, output: expect.stringContaining("no official region table for svc") });
});

test("bad arguments exit 2 with the usage", () => {
  expect(runIn(setup(), "compare").code).toBe(2);
  expect(runIn(setup(), "check", "--from").output).toContain("--from needs a value");
  expect(runIn(setup(), "check", "--bogus", "x").output).toContain("unknown option --bogus");
});

const sharedFile = join(repoRoot, "..", "shared", "official-regions.json");

// The checked-in official data lives beside the repository (as CI lays it out); without it there is nothing to compare.
test.skipIf(!existsSync(sharedFile))(
  "the repository's specs are in step with ../shared/official-regions.json",
  () => {
    const result = runIn(repoRoot, "check", "--from", sharedFile);
    expect(result.output).not.toContain("differences");
    expect(result.code).toBe(0);
  },
);
