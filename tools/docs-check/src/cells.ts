/**
 * Turns a section's lines into table cells. Pages come in two shapes: one cell per line (most pages), or
 * pipe rows where each cell ends with " |" and may span several lines (e.g. dcs-show-job-info).
 */
import type { SourceLine } from "./sections.js";

export interface Cell {
  line: number;
  /** The cell's text lines, trimmed, bullets kept. */
  lines: string[];
}

export const STATUS_MARKER = /^(?:状态码|Status code|Status)\s*[::]\s*(\d{3})\s*\|?$/i;
export const CAPTION = /^(?:表|Table)\s*\d+\s*(.*?)\s*\|?$/i;
const PIPE_SEPARATOR = /^-{3,}(\s*\|\s*-{3,})*\s*\|?$/;

export function cellText(cell: Cell): string {
  return cell.lines.join("\n");
}

export function toCells(lines: SourceLine[]): Cell[] {
  const usesPipes = lines.some((l) => PIPE_SEPARATOR.test(l.text.trim()));
  const nonEmpty = lines.filter((l) => l.text.trim() !== "");
  if (!usesPipes) return nonEmpty.map((l) => ({ line: l.line, lines: [l.text.trim()] }));

  const cells: Cell[] = [];
  let pending: SourceLine[] = [];
  let seenPipe = false;
  const flushPendingAsStandalone = () => {
    for (const p of pending) cells.push({ line: p.line, lines: [p.text.trim()] });
    pending = [];
  };
  for (const l of nonEmpty) {
    const t = l.text.trim();
    if (PIPE_SEPARATOR.test(t)) continue;
    if (STATUS_MARKER.test(t) || (CAPTION.test(t) && !t.endsWith("|"))) {
      flushPendingAsStandalone();
      cells.push({ line: l.line, lines: [t.replace(/\s*\|$/, "")] });
      continue;
    }
    if (t.endsWith("|")) {
      seenPipe = true;
      const last = t.slice(0, -1).trim();
      const parts = [...pending.map((p) => p.text.trim()), last].filter((s) => s !== "");
      cells.push({ line: pending[0]?.line ?? l.line, lines: parts });
      pending = [];
      continue;
    }
    // Before the first pipe row, a plain line (e.g. the URI) is its own cell; inside a table it continues one.
    if (!seenPipe) cells.push({ line: l.line, lines: [t] });
    else pending.push(l);
  }
  flushPendingAsStandalone();
  return cells;
}
