import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { main } from "./cli.js";
import { sharedDocsDir } from "./repo-paths.js";
import { fixturesDir, root, writeTemp } from "./test-support.js";

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    argv,
    root,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const page = (name: string) => join(fixturesDir, name);

describe("docs-check command", () => {
  it("exits 0 when the pages are in step, listing accepted deviations", () => {
    const { code, out } = run(
      "check",
      page("list-widgets.zh.txt"),
      page("show-widget.en.txt"),
      "--specs",
      fixturesDir,
    );
    expect(code).toBe(0);
    expect(out).toContain(
      'accepted  tools/docs-check/fixtures/list-widgets.zh.txt:55  query parameter "colour": enum value "green"',
    );
    expect(out.split("\n").at(-1)).toBe("2 page(s): 0 drift, 1 accepted deviation(s), 0 unread spot(s)");
  });

  it("exits 1 on drift and prints one line per difference with the page line", () => {
    const text = readFileSync(page("list-widgets.zh.txt"), "utf8").replace("最大值为200", "最大值为300");
    const file = writeTemp("list-widgets.zh.txt", text);
    const { code, out } = run("check", file, "--specs", fixturesDir);
    expect(code).toBe(1);
    expect(out.split("\n").filter((l) => l.startsWith("  drift"))).toEqual([
      expect.stringMatching(
        /^ {2}drift {5}\S*list-widgets\.zh\.txt:47 {2}query parameter "page_size": maximum: page says 300, spec says 200$/,
      ),
    ]);
  });

  it("checks every .txt page of a folder, going on past a page it cannot read", () => {
    const { code, out, err } = run("check", fixturesDir, "--specs", fixturesDir);
    // unreadable.zh.txt documents an operation the fixture spec lacks (drift); no-uri.zh.txt cannot be read.
    expect(code).toBe(1);
    expect(out.split("\n").at(-1)).toBe(
      "4 page(s): 1 drift, 1 accepted deviation(s), 4 unread spot(s), 1 page(s) unreadable",
    );
    expect(err).toMatch(/no-uri\.zh\.txt:4 {2}no URI line/);
  });

  it("exits 2 and names the line when a page cannot be read at all", () => {
    const { code, err } = run("check", page("no-uri.zh.txt"), "--specs", fixturesDir);
    expect(code).toBe(2);
    expect(err).toMatch(/no-uri\.zh\.txt:4 {2}no URI line/);
  });

  it("exits 2 with usage on a missing command or page, and on a path that does not exist", () => {
    expect(run("check").code).toBe(2);
    expect(run("lint", page("list-widgets.zh.txt")).err).toMatch(/^usage:/);
    const missing = run("check", join(fixturesDir, "nope.txt"), "--specs", fixturesDir);
    expect([missing.code, missing.err]).toEqual([2, `not found: ${join(fixturesDir, "nope.txt")}`]);
  });

  it("prints a draft for one page and writes nothing", () => {
    const before = readdirSync(fixturesDir).sort();
    const { code, out } = run("draft", page("show-widget.en.txt"));
    expect(code).toBe(0);
    expect(parse(out)).toMatchObject({
      paths: { "/v1/{project_id}/widgets/{widget_id}": { get: { operationId: "ShowWidget" } } },
    });
    expect(readdirSync(fixturesDir).sort()).toEqual(before);
  });

  it("runs through the bin script that the root docs:check script calls", () => {
    const cwd = mkdtempSync(join(tmpdir(), "docs-check-cwd-"));
    const result = spawnSync(
      process.execPath,
      [
        join(root, "tools/docs-check/bin/docs-check.mjs"),
        "check",
        page("show-widget.en.txt"),
        "--specs",
        fixturesDir,
      ],
      { cwd, env: { ...process.env, INIT_CWD: cwd }, encoding: "utf8", timeout: 60_000 },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("-> ShowWidget in");
  });
});

describe("sharedDocsDir", () => {
  it("is undefined when no shared/ folder sits beside the repository, so those tests skip", () => {
    const lonely = join(mkdtempSync(join(tmpdir(), "docs-check-root-")), "repo");
    expect(sharedDocsDir(lonely)).toBeUndefined();
  });
});
