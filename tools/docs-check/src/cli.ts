/**
 * pnpm docs:check <page.txt | folder>...  compare pages with specs/; exit 1 on drift, 2 when a page or the
 *                                         command cannot be read, 0 when every page is in step
 * pnpm docs:draft <page.txt>              print a draft OpenAPI 3.1 operation for review; writes nothing
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { drift, checkPageFile, type PageCheck } from "./check.js";
import { draftYaml } from "./draft.js";
import { formatCheck } from "./format-report.js";
import { PageParseError } from "./page-model.js";
import { parsePage } from "./parse-page.js";
import { repoRoot } from "./repo-paths.js";
import { loadSpecs } from "./spec-index.js";

const USAGE =
  "usage: docs-check check <page.txt | folder>... [--specs <dir>]\n       docs-check draft <page.txt>";

export function main(
  argv: string[],
  cwd: string,
  out: (s: string) => void,
  err: (s: string) => void,
): number {
  const [command, ...rest] = argv;
  const specsFlag = rest.indexOf("--specs");
  const specsDir = specsFlag >= 0 ? resolve(cwd, rest[specsFlag + 1] ?? "") : join(repoRoot(), "specs");
  const inputs = rest.filter((_, i) => specsFlag < 0 || (i !== specsFlag && i !== specsFlag + 1));
  if ((command !== "check" && command !== "draft") || inputs.length === 0) {
    err(USAGE);
    return 2;
  }
  try {
    if (command === "draft") {
      if (inputs.length !== 1) {
        err("docs:draft takes exactly one page");
        return 2;
      }
      const file = resolve(cwd, inputs[0]!);
      const { page, problems } = parsePage(readFileSync(file, "utf8"), file);
      for (const p of problems) err(`unread ${file}:${p.line}  ${p.message}`);
      out(draftYaml(page, problems));
      return 0;
    }
    const specs = loadSpecs(specsDir);
    const files = inputs.flatMap((input) => pageFiles(resolve(cwd, input)));
    if (files.length === 0) {
      err(`no .txt pages in ${inputs.join(", ")}`);
      return 2;
    }
    const checks: PageCheck[] = [];
    let unreadablePages = 0;
    for (const file of files) {
      try {
        checks.push(checkPageFile(file, specs));
      } catch (error) {
        if (!(error instanceof PageParseError)) throw error;
        unreadablePages++;
        for (const p of error.problems) err(`unread ${relative(cwd, error.source)}:${p.line}  ${p.message}`);
      }
    }
    for (const check of checks) for (const line of formatCheck(check, cwd)) out(line);
    const drifted = checks.reduce((n, c) => n + drift(c).length, 0);
    const accepted = checks.reduce((n, c) => n + c.differences.length - drift(c).length, 0);
    const unread = checks.reduce((n, c) => n + c.problems.length, 0);
    const skipped = unreadablePages > 0 ? `, ${unreadablePages} page(s) unreadable` : "";
    out(
      `${checks.length} page(s): ${drifted} drift, ${accepted} accepted deviation(s), ${unread} unread spot(s)${skipped}`,
    );
    if (drifted > 0) return 1;
    return unreadablePages > 0 ? 2 : 0;
  } catch (error) {
    if (error instanceof PageParseError) {
      for (const p of error.problems) err(`unread ${relative(cwd, error.source)}:${p.line}  ${p.message}`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      err(`not found: ${(error as NodeJS.ErrnoException).path}`);
      return 2;
    }
    throw error;
  }
}

function pageFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(path, f));
}
