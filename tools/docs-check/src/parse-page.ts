/** Reads one API reference page (saved as text) into a DocPage, collecting what it cannot read. */
import { readDescription } from "./description.js";
import { toCells } from "./cells.js";
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
  | { role: "body" }
  | { role: "responseHeaders" }
  | { role: "named"; name: string };

function roleOf(table: RawTable, section: Section["name"], seenUncaptioned: number): TableRole {
  const caption = table.caption ?? "";
  if (/路径参数|Path Param/i.test(caption)) return { role: "params", in: "path" };
  if (/Query参数|查询参数|Query Param/i.test(caption)) return { role: "params", in: "query" };
  if (/响应Header参数|Response Header/i.test(caption)) return { role: "responseHeaders" };
  if (/Header参数|Header Param|请求头/i.test(caption)) return { role: "params", in: "header" };
  if (/Body参数|Body Param/i.test(caption)) return { role: "body" };
  if (caption !== "") return { role: "named", name: caption.replace(/\s+/g, "") };
  // Pipe-style pages have no captions: the first URI table holds the path parameters.
  if (section === "uri") return { role: "params", in: seenUncaptioned === 0 ? "path" : "query" };
  return { role: "body" };
}

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

  const params: DocParam[] = [];
  let requestBody: DocField[] | undefined;
  const responses = new Map<string, DocResponse>();
  const named = new Map<string, { table: RawTable; status?: string }[]>();
  const bodyTables: { table: RawTable; status?: string; section: Section["name"] }[] = [];

  for (const section of sections.filter((s) => ["uri", "request", "response"].includes(s.name))) {
    let uncaptioned = 0;
    for (const table of readTables(toCells(section.lines), problems)) {
      const role = roleOf(table, section.name, uncaptioned);
      if (table.caption === undefined) uncaptioned++;
      if (role.role === "named") {
        named.set(role.name, [...(named.get(role.name) ?? []), { table, status: table.status }]);
      } else if (role.role === "params") {
        for (const row of table.rows) params.push({ ...toField(row, problems), in: role.in });
      } else if (role.role === "body") {
        bodyTables.push({ table, status: table.status, section: section.name });
      }
    }
  }

  const resolve = (rows: RawRow[], status: string | undefined, trail: string[]): DocField[] =>
    rows.map((row) => {
      const field = toField(row, problems);
      const objectName = objectNameOf(field);
      if (objectName && !trail.includes(objectName)) {
        const candidates = named.get(objectName) ?? [];
        const table = (candidates.find((c) => c.status === status) ?? candidates[0])?.table;
        if (table) field.children = resolve(table.rows, status, [...trail, objectName]);
        else
          problems.push({
            line: row.line,
            message: `"${row.name}" refers to ${objectName}, but the page has no table for it`,
          });
      }
      return field;
    });

  for (const { table, status, section } of bodyTables) {
    if (section === "response") {
      if (status === undefined) {
        problems.push({ line: table.line, message: "response table has no status code line before it" });
        continue;
      }
      responses.set(status, { status, line: table.line, fields: resolve(table.rows, status, []) });
    } else {
      requestBody = [...(requestBody ?? []), ...resolve(table.rows, undefined, [])];
    }
  }

  const statusSection = sections.find((s) => s.name === "statusCodes");
  const statusCodes = statusSection ? readStatusTable(toCells(statusSection.lines), problems) : [];
  const exampleLines = sections.filter((s) => s.name === "responseExample").flatMap((s) => s.lines);
  const requestExampleLines = sections.filter((s) => s.name === "requestExample").flatMap((s) => s.lines);

  const page: DocPage = {
    source,
    title,
    method: method.toUpperCase(),
    path: rawPath.replace(/\?.*$/, ""),
    uriLine: uri.line,
    operationName: readOperationName(sections),
    params,
    requestBody,
    responses: [...responses.values()],
    statusCodes,
    responseExamples: readResponseExamples(exampleLines, problems),
    requestExamples: readRequestExamples(requestExampleLines, problems),
    requestExamplePaths: readRequestExamplePaths(requestExampleLines),
  };
  return { page, problems: dedupeProblems(problems) };
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

function objectNameOf(field: DocField): string | undefined {
  const type = field.type.kind === "array" ? field.type.items : field.type;
  return type.kind === "object" ? type.objectName : undefined;
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
