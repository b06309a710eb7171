/** Prints a check as one line per difference, drift first, then accepted deviations and unread spots. */
import { relative } from "node:path";
import type { PageCheck } from "./check.js";
import type { Difference } from "./compare.js";

export function formatCheck(check: PageCheck, cwd: string): string[] {
  const file = displayName(check.file, cwd);
  const where = check.target
    ? `${check.target.operation.operationId ?? "(no operationId)"} in ${relative(cwd, check.target.spec.file)}`
    : "no spec operation";
  const lines = [`${file}: ${check.page.method} ${check.page.path} -> ${where}`];
  const at = (d: { line?: number }) => (d.line !== undefined ? `${file}:${d.line}` : file);
  for (const d of check.differences.filter((x) => !x.accepted)) {
    const stale = d.staleNote ? ` [stale x-hwcloud-deviation here says: ${oneLine(d.staleNote.doc)}]` : "";
    lines.push(`  drift     ${at(d)}  ${describe(d)}${stale}`);
  }
  for (const d of check.differences.filter((x) => x.accepted)) {
    lines.push(
      `  accepted  ${at(d)}  ${describe(d)} [x-hwcloud-deviation ${d.accepted!.kind}: ${oneLine(d.accepted!.reason)}]`,
    );
  }
  for (const p of check.problems) lines.push(`  unread    ${file}:${p.line}  ${p.message}`);
  return lines;
}

/** A page's name in the report: a fetched page by its URL, a saved one relative to where the command ran. */
export function displayName(source: string, cwd: string): string {
  return /^https?:\/\//.test(source) ? source : relative(cwd, source) || source;
}

export function describe(d: Difference): string {
  // "status 404 is on the page ..." reads as a sentence; value differences read as "subject: what changed".
  return /^(is|has|uses) /.test(d.message) ? `${d.subject} ${d.message}` : `${d.subject}: ${d.message}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 100 ? `${flat.slice(0, 97)}...` : flat;
}
