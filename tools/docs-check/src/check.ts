/** Runs the drift check for one page: parse, find the spec operation, compare. */
import { readFileSync } from "node:fs";
import { compareOperation, type Difference } from "./compare.js";
import type { DocPage, ParseProblem } from "./page-model.js";
import { parsePage } from "./parse-page.js";
import { findOperation, type SpecDocument, type SpecOperation } from "./spec-index.js";

export interface PageCheck {
  file: string;
  page: DocPage;
  problems: ParseProblem[];
  target?: SpecOperation;
  differences: Difference[];
}

export function checkPageText(text: string, file: string, specs: SpecDocument[]): PageCheck {
  const { page, problems } = parsePage(text, file);
  const target = findOperation(specs, page.method, page.path);
  if (!target) {
    const missing: Difference = {
      kind: "path",
      subject: `${page.method} ${page.path}`,
      message: "has no operation in specs/ (draft one with `pnpm docs:draft`)",
      line: page.uriLine,
    };
    return { file, page, problems, differences: [missing] };
  }
  return { file, page, problems, target, differences: compareOperation(page, target) };
}

export function checkPageFile(file: string, specs: SpecDocument[]): PageCheck {
  return checkPageText(readFileSync(file, "utf8"), file, specs);
}

export function drift(check: PageCheck): Difference[] {
  return check.differences.filter((d) => !d.accepted);
}
