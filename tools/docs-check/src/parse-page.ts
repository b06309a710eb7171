/** Reads one API reference page (saved as text) into a DocPage, collecting what it cannot read. */
import { readDescription } from "./description.js";
import { STATUS_MARKER, toCells } from "./cells.js";
import { readRequestExamplePaths, readRequestExamples, readResponseExamples } from "./examples.js";
import type { DocField, DocPage, DocParam, DocResponse, ParamLocation, ParseProblem } from "./page-model.js";
import { PageParseError } from "./page-model.js";
import { splitSections, type Section } from "./sections.js";
import { readStatusTable, readTables, type RawRow, type RawTable } from "./tables.js";

export interface ParsedPage {
  page: DocPage;
  problems: ParseProblem[];
}

const URI_LINE = /^(GET|POST|PUT|DELETE|PATCH|HEAD)\s+(\/\S*)$/;

type TableRole =
  | { role: "params"; in: ParamLocation }
  | { role: "uriParams" }
  | { role: "body" }
  | { role: "responseHeaders" }
  | { role: "named"; name: string };

function roleOf(table: RawTable, section: Section["name"]): TableRole {
  const caption = table.caption ?? "";
  // Path and query tables are often mixed up or merged; the URI template says which is which.
  if (/路径参数|Path Param|Query参数|查询参数|Query Param|URI参数|URI Param/i.test(caption))
    return { role: "uriParams" };
  if (/响应Header参数|Response Header/i.test(caption)) return { role: "responseHeaders" };
  if (/Header参数|Header Param|请求头/i.test(caption)) return { role: "params", in: "header" };
  if (/Body参数|Body Param/i.test(caption)) return { role: "body" };
  if (caption !== "") return { role: "named", name: caption.replace(/\s+/g, "") };
  // Compact pages have no captions: every URI table holds path or query parameters.
  if (section === "uri") return { role: "uriParams" };
  return { role: "body" };
}

/** Header names are Hyphenated-Capitalised (X-Auth-Token, Content-Type); body fields never are. */
const HEADER_NAME = /^(?:X-[\w-]+|[A-Z][a-z0-9]*(?:-[A-Z][a-z0-9]*)+)$/;

/** Tables with no caption after a body table: the tables of its object types, in the order they are used. */
type Unnamed = Map<string, RawTable[]>;

export function parsePage(text: string, source: string): ParsedPage {
  const problems: ParseProblem[] = [];
  const { title, sections } = splitSections(text);
  const uriSection = sections.find((s) => s.name === "uri");
  const uri = (uriSection?.lines ?? sections.flatMap((s) => s.lines))
    .map((l) => ({ line: l.line, m: URI_LINE.exec(l.text.trim()) }))
    .find((x) => x.m);
  if (!uri?.m) {
    throw new PageParseError(source, [
      { line: uriSection?.line ?? 1, message: "no URI line (e.g. GET /v2/{project_id}/tasks) found" },
    ]);
  }
  const [method, rawPath] = [uri.m[1]!, uri.m[2]!];

  const placeholders = new Set([...rawPath.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
  const params: DocParam[] = [];
  let requestBody: DocField[] | undefined;
  const responses = new Map<string, DocResponse>();
  const named = new Map<string, { table: RawTable; status?: string }[]>();
  const unnamed: Unnamed = new Map();
  const bodyTables: { table: RawTable; key: string; section: Section["name"] }[] = [];
  const successStatus = defaultSuccessStatus(sections);

  for (const section of sections.filter((s) => ["uri", "request", "response"].includes(s.name))) {
    for (const table of readTables(toCells(section.lines), problems)) {
      const role = roleOf(table, section.name);
      if (role.role === "named") {
        named.set(role.name, [...(named.get(role.name) ?? []), { table, status: table.status }]);
      } else if (role.role === "uriParams") {
        for (const row of table.rows)
          params.push({ ...toField(row, problems), in: placeholders.has(row.name) ? "path" : "query" });
      } else if (role.role === "params") {
        for (const row of table.rows) params.push({ ...toField(row, problems), in: role.in });
      } else if (role.role === "body") {
        // A compact page puts request headers in the same kind of table as the body; their names tell them apart.
        const headers = section.name === "request" ? table.rows.filter((r) => HEADER_NAME.test(r.name)) : [];
        for (const row of headers) params.push({ ...toField(row, problems), in: "header" });
        const rows = table.rows.filter((r) => !headers.includes(r));
        if (rows.length === 0) continue;
        const key = section.name === "response" ? (table.status ?? successStatus) : "request";
        const body = { table: { ...table, rows }, key, section: section.name };
        if (
          table.caption === undefined &&
          bodyTables.some((b) => b.key === key && b.section === section.name)
        )
          unnamed.set(key, [...(unnamed.get(key) ?? []), body.table]);
        else bodyTables.push(body);
      }
    }
  }

  const resolve = (rows: RawRow[], key: string, examples: unknown[]): DocField[] =>
    resolveObjects(rows, key, examples, named, unnamed, problems);

  const exampleLines = sections.filter((s) => s.name === "responseExample").flatMap((s) => s.lines);
  const requestExampleLines = sections.filter((s) => s.name === "requestExample").flatMap((s) => s.lines);
  // An example with no status line before it belongs to the page's success status.
  const responseExamples = readResponseExamples(exampleLines, problems, successStatus);
  const requestExamples = readRequestExamples(requestExampleLines, problems);

  for (const { table, key, section } of bodyTables) {
    if (section === "response") {
      const examples = responseExamples.filter((e) => e.status === key).map((e) => e.value);
      responses.set(key, { status: key, line: table.line, fields: resolve(table.rows, key, examples) });
    } else {
      const examples = requestExamples.map((e) => e.value);
      requestBody = [...(requestBody ?? []), ...resolve(table.rows, "request", examples)];
    }
  }

  const statusSection = sections.find((s) => s.name === "statusCodes");
  const statusCodes = statusSection ? readStatusTable(toCells(statusSection.lines), problems) : [];
  const page: DocPage = {
    source,
    title,
    ...updatedOn(text),
    method: method.toUpperCase(),
    path: rawPath.replace(/\?.*$/, ""),
    uriLine: uri.line,
    operationName: readOperationName(sections),
    params,
    requestBody,
    responses: [...responses.values()],
    statusCodes,
    responseExamples,
    requestExamples,
    requestExamplePaths: readRequestExamplePaths(requestExampleLines),
  };
  return { page, problems: dedupeProblems(problems) };
}

function updatedOn(text: string): { updated?: string } {
  const m = /^\s*(?:更新时间|Updated on|Updated)\s*[::]?\s*(\d{4}-\d{2}-\d{2})/im.exec(text);
  return m?.[1] ? { updated: m[1] } : {};
}

function toField(row: RawRow, problems: ParseProblem[]): DocField {
  const field: DocField = {
    name: row.name,
    line: row.line,
    type: row.type,
    description: row.description.map((d) => d.text),
  };
  if (row.required !== undefined) field.required = row.required;
  Object.assign(field, readDescription(row.description, row.type, row.name, problems));
  return field;
}

export function objectNameOf(field: DocField): string | undefined {
  let type = field.type;
  for (let depth = 0; depth < 8; depth++) {
    if (type.kind === "array") type = type.items;
    else if (type.kind === "object" && type.additionalProperties) type = type.additionalProperties;
    else break;
  }
  return type.kind === "object" ? type.objectName : undefined;
}

/** The status an example or table with no status line belongs to: the page's first 2xx status, else 200. */
function defaultSuccessStatus(sections: Section[]): string {
  const statuses = sections
    .filter((s) => s.name === "response" || s.name === "statusCodes")
    .flatMap((s) => s.lines)
    .flatMap((l) => {
      const m = STATUS_MARKER.exec(l.text.trim()) ?? /^(2\d\d)\s*\|?$/.exec(l.text.trim());
      return m?.[1] && m[1].startsWith("2") ? [m[1]] : [];
    });
  return statuses.sort()[0] ?? "200";
}

/**
 * Fills in the fields of object types, breadth first (the order pages list their object tables in). A type
 * with a table named after it takes that table; otherwise the next uncaptioned table of the same body, preferring
 * one whose rows are the keys the examples send for that field.
 */
function resolveObjects(
  rows: RawRow[],
  key: string,
  examples: unknown[],
  named: Map<string, { table: RawTable; status?: string }[]>,
  unnamed: Unnamed,
  problems: ParseProblem[],
): DocField[] {
  const pending = [...(unnamed.get(key) ?? [])];
  const assigned = new Map<string, RawTable>();
  const top = rows.map((row) => toField(row, problems));
  const queue = top.map((field) => ({
    field,
    trail: [] as string[],
    values: valuesAt(examples, field.name),
  }));
  for (let guard = 0; queue.length > 0 && guard < 10_000; guard++) {
    const { field, trail, values } = queue.shift()!;
    const objectName = objectNameOf(field);
    if (!objectName || trail.includes(objectName)) continue;
    const candidates = named.get(objectName) ?? [];
    let table =
      (candidates.find((c) => c.status === key) ?? candidates[0])?.table ?? assigned.get(objectName);
    if (!table && pending.length > 0) {
      const objects = objectValues(values);
      const fitting = pending.find((t) => objects.length > 0 && fitsExamples(t, objects)) ?? pending[0]!;
      pending.splice(pending.indexOf(fitting), 1);
      assigned.set(objectName, fitting);
      table = fitting;
    }
    if (!table) {
      problems.push({
        line: field.line,
        message: `"${field.name}" refers to ${objectName}, but the page has no table for it`,
      });
      continue;
    }
    field.children = table.rows.map((row) => toField(row, problems));
    const objects = objectValues(values);
    for (const child of field.children)
      queue.push({
        field: child,
        trail: [...trail, objectName],
        values: objects.flatMap((o) => valuesAt([o], child.name)),
      });
  }
  return top;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function valuesAt(examples: unknown[], name: string): unknown[] {
  return examples.flatMap((e) => (isRecord(e) && name in e ? [e[name]] : []));
}

/** The objects an example value holds: itself, an array's items, or a map's values. */
function objectValues(values: unknown[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const v of values) {
    if (Array.isArray(v)) out.push(...v.filter(isRecord));
    else if (isRecord(v)) out.push(v, ...Object.values(v).filter(isRecord));
  }
  return out;
}

function fitsExamples(table: RawTable, objects: Record<string, unknown>[]): boolean {
  const names = new Set(table.rows.map((r) => r.name));
  return objects.some((o) => Object.keys(o).length > 0 && Object.keys(o).every((k) => names.has(k)));
}

/** The SDK samples name the operation: `new ListCenterTaskRequest()`, `model.ShowJobInfoRequest{}`. */
function readOperationName(sections: Section[]): string | undefined {
  const code = sections
    .filter((s) => s.name === "sdk")
    .flatMap((s) => s.lines)
    .map((l) => l.text)
    .join("\n");
  return /\b(?:new\s+|model\.|=\s*)([A-Z]\w*?)Request\s*(?:\(\)|\{\})/.exec(code)?.[1];
}

function dedupeProblems(problems: ParseProblem[]): ParseProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.line}:${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line);
}
