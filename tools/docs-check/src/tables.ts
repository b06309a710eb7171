/**
 * Finds parameter tables in a section's cells: an optional caption ("表2 Query参数"), a header row, then rows
 * of name, optional required flag, type and description. The required column is often declared in the header
 * but left empty in the rows, so a row is recognised by a name followed by a readable type, not by counting.
 */
import { CAPTION, STATUS_MARKER, cellText, type Cell } from "./cells.js";
import { parseDocType } from "./doc-type.js";
import type { DescriptionLine } from "./description.js";
import type { DocType, ParseProblem } from "./page-model.js";

export interface RawRow {
  name: string;
  line: number;
  required?: boolean;
  type: DocType;
  description: DescriptionLine[];
}

export interface RawTable {
  caption?: string;
  line: number;
  status?: string;
  rows: RawRow[];
}

const NAME_HEADER = /^(参数|参数名|参数名称|名称|Parameter|Name)$/i;
const REQUIRED_HEADER = /^(是否必选|必选|是否必填|Mandatory|Required)$/i;
const TYPE_HEADER = /^(参数类型|类型|Type)$/i;
const DESCRIPTION_HEADER = /^(描述|说明|Description)$/i;
const HEADER_ORDER = [NAME_HEADER, REQUIRED_HEADER, TYPE_HEADER, DESCRIPTION_HEADER];
const NAME = /^[A-Za-z_$@][\w.\-]*$/;
const REQUIRED_VALUE = /^(是|否|Yes|No|True|False|必选|可选|Optional)$/i;
const COMPOUND_TYPE = /^(Array of|List|Map)\b|\bobjects?$/i;

const isHeaderStart = (cells: Cell[], i: number) =>
  NAME_HEADER.test(text(cells, i)) &&
  (REQUIRED_HEADER.test(text(cells, i + 1)) || TYPE_HEADER.test(text(cells, i + 1)));

function text(cells: Cell[], i: number): string {
  const cell = cells[i];
  return cell ? cellText(cell).trim() : "";
}

function readRowStart(
  cells: Cell[],
  i: number,
  problems: ParseProblem[],
): { row: RawRow; next: number } | undefined {
  const cell = cells[i]!;
  const name = text(cells, i);
  if (cell.lines.length !== 1 || !NAME.test(name)) return undefined;
  let j = i + 1;
  let required: boolean | undefined;
  if (REQUIRED_VALUE.test(text(cells, j))) {
    required = /^(是|Yes|True|必选)$/i.test(text(cells, j));
    j++;
  } else if (cells[j]?.lines.length === 0 && parseDocType(text(cells, j + 1))) {
    j++; // a pipe row whose required cell is present but empty
  }
  const typeText = text(cells, j);
  const type = parseDocType(typeText);
  if (type) return { row: { name, line: cell.line, required, type, description: [] }, next: j + 1 };
  // A cell that can only be a type we do not know: name it rather than fold the row into a description.
  const unreadable =
    typeText !== "" &&
    !typeText.includes("\n") &&
    (required !== undefined ||
      COMPOUND_TYPE.test(typeText) ||
      (/^[a-z][a-z0-9]*_[a-z0-9_]+$/.test(name) && /^[A-Z][a-z]\w*$/.test(typeText)));
  if (!unreadable) return undefined;
  problems.push({ line: cells[j]!.line, message: `cannot read the type "${typeText}" of "${name}"` });
  return {
    row: { name, line: cell.line, required, type: { kind: "unknown", raw: typeText }, description: [] },
    next: j + 1,
  };
}

export function readTables(cells: Cell[], problems: ParseProblem[]): RawTable[] {
  const tables: RawTable[] = [];
  let status: string | undefined;
  let caption: { text: string; line: number } | undefined;
  let table: RawTable | undefined;
  let row: RawRow | undefined;
  for (let i = 0; i < cells.length; ) {
    const t = text(cells, i);
    const marker = STATUS_MARKER.exec(t);
    if (marker?.[1]) {
      status = marker[1];
      caption = undefined;
      table = row = undefined;
      i++;
      continue;
    }
    const captionMatch = CAPTION.exec(t);
    if (captionMatch && cells[i]!.lines.length === 1) {
      caption = { text: captionMatch[1] ?? "", line: cells[i]!.line };
      table = row = undefined;
      i++;
      continue;
    }
    if (isHeaderStart(cells, i)) {
      table = { caption: caption?.text, line: caption?.line ?? cells[i]!.line, status, rows: [] };
      tables.push(table);
      caption = undefined;
      row = undefined;
      // Header cells come in a fixed order; reading them in order keeps a first row named "type" a row.
      for (const header of HEADER_ORDER) if (header.test(text(cells, i))) i++;
      continue;
    }
    if (!table) {
      i++;
      continue;
    }
    const start = readRowStart(cells, i, problems);
    if (start) {
      row = start.row;
      table.rows.push(row);
      i = start.next;
      continue;
    }
    if (row) row.description.push(...cells[i]!.lines.map((l, k) => ({ text: l, line: cells[i]!.line + k })));
    else
      problems.push({
        line: cells[i]!.line,
        message: `expected a parameter row after the table header, found "${t}"`,
      });
    i++;
  }
  return tables;
}

const STATUS_HEADER = /^(状态码|Status Code|HTTP Status Code)$/i;

/** Reads the "状态码" table at the end of a page: a status, then its description. */
export function readStatusTable(
  cells: Cell[],
  problems: ParseProblem[],
): { status: string; line: number; description: string }[] {
  const rows: { status: string; line: number; description: string }[] = [];
  let inTable = false;
  for (let i = 0; i < cells.length; i++) {
    const t = text(cells, i);
    if (STATUS_HEADER.test(t) && DESCRIPTION_HEADER.test(text(cells, i + 1))) {
      inTable = true;
      i++;
      continue;
    }
    if (!inTable) continue;
    if (/^\d{3}$/.test(t)) rows.push({ status: t, line: cells[i]!.line, description: "" });
    else if (rows.length > 0) {
      const last = rows[rows.length - 1]!;
      last.description = [last.description, t].filter(Boolean).join(" ");
    } else
      problems.push({
        line: cells[i]!.line,
        message: `expected a status code in the status table, found "${t}"`,
      });
  }
  return rows;
}
