/** Compares what a page documents with the spec operation of the same method and path. */
import { deviationsOf, mentions, type Deviation, type DeviationKind } from "./deviations.js";
import type { DocField, DocPage, DocType } from "./page-model.js";
import { schemaView, type SchemaView } from "./schema-view.js";
import { escapePointer, isObject, resolveRef, type Json, type SpecOperation } from "./spec-index.js";
import { validateExamples } from "./validate-examples.js";

export interface Difference {
  kind: DeviationKind;
  subject: string;
  message: string;
  /** Line on the page the difference points at, when the page has the thing. */
  line?: number;
  accepted?: Deviation;
  /** A note of the right kind at this spot whose `doc` no longer describes what the page says. */
  staleNote?: Deviation;
}

interface Place {
  /** Nodes that are the thing itself: any note of the difference's kind accepts it. */
  own: Json[];
  /** Enclosing nodes (object schema, response, operation): their notes accept it only when they name it. */
  around: Json[];
  name: string;
  /** What the page says now (its type, or the values it lists), to tell a stale note from a current one. */
  pageFacts?: string[];
}

/** Optional field of the shared ErrorResponse contract that pages often leave out. */
const CONTRACT_ERROR_FIELDS = new Set(["error_ext_msg"]);

export function acceptance(
  kind: DeviationKind,
  place: Place,
): { accepted?: Deviation; staleNote?: Deviation } {
  let staleNote: Deviation | undefined;
  for (const node of place.own) {
    for (const note of deviationsOf(node).filter((d) => d.kind === kind)) {
      if (!isStale(note, place.pageFacts)) return { accepted: note };
      staleNote ??= note;
    }
  }
  for (const node of place.around) {
    const found = deviationsOf(node).find(
      (d) => d.kind === kind && (kind === "example" || mentions(d, place.name)),
    );
    if (found) return { accepted: found };
  }
  return { staleNote };
}

const TYPE_WORDS = /\b(String|Integer|Long|Boolean|Number|Float|Double|Object|Array)\b/i;

/**
 * A note that states what the page says (a type name, or some of the listed values) must still say it: a
 * note written for "declared as String" does not cover a page that now says Integer, nor a value list that grew.
 */
function isStale(note: Deviation, pageFacts: string[] | undefined): boolean {
  if (!pageFacts || pageFacts.length === 0) return false;
  if (note.kind === "type") {
    return TYPE_WORDS.test(note.doc) && !note.doc.toLowerCase().includes(pageFacts[0]!.toLowerCase());
  }
  if (note.kind === "enum") {
    const named = pageFacts.filter((fact) => mentions(note, fact));
    return named.length > 0 && named.length < pageFacts.length;
  }
  return false;
}

export function compareOperation(page: DocPage, target: SpecOperation): Difference[] {
  const doc = target.spec.doc;
  const operation = target.operation;
  const differences: Difference[] = [];
  const report = (kind: DeviationKind, subject: string, message: string, place: Place, line?: number) =>
    differences.push({ kind, subject, message, line, ...acceptance(kind, place) });

  compareParameters(page, target, report);

  const responses = isObject(operation.responses) ? operation.responses : {};
  for (const docResponse of page.responses) {
    const specResponse = resolveRef(
      doc,
      responses[docResponse.status],
      `${target.pointer}/responses/${docResponse.status}`,
    );
    if (!specResponse || !docResponse.fields) continue;
    const view = bodySchemaView(doc, specResponse.node, specResponse.pointer);
    if (!view) continue;
    const isError = Number(docResponse.status) >= 400;
    compareObject(
      doc,
      docResponse.fields,
      view,
      `response ${docResponse.status} field `,
      "",
      [...specResponse.chain, operation],
      report,
      {
        ignoreMissing: isError ? CONTRACT_ERROR_FIELDS : new Set(),
        line: docResponse.line,
        compareRequired: false,
      },
    );
  }

  compareRequestBody(page, target, report);
  compareStatuses(page, responses, operation, report);

  for (const failure of validateExamples(page, target)) {
    // A note on the failing value itself (e.g. "declared String, example sends a number") also covers its example.
    const accepted =
      acceptance("example", { own: failure.nodes, around: [operation], name: failure.status }).accepted ??
      failure.leafNodes.flatMap(deviationsOf)[0];
    const subject = failure.status === "request" ? "request example" : `response ${failure.status} example`;
    differences.push({ kind: "example", subject, message: failure.message, line: failure.line, accepted });
  }
  for (const example of page.requestExamplePaths) {
    if (matchesTemplate(example.path, target.path)) continue;
    const place = { own: [], around: [operation], name: "request example" };
    const message = `uses ${example.path}, which is not ${target.method} ${target.path}`;
    const accepted = acceptance("example", place).accepted ?? acceptance("path", place).accepted;
    differences.push({ kind: "example", subject: "request example", message, line: example.line, accepted });
  }
  return differences;
}

function compareRequestBody(page: DocPage, target: SpecOperation, report: Report): void {
  const doc = target.spec.doc;
  const body = resolveRef(doc, target.operation.requestBody, `${target.pointer}/requestBody`);
  const around = [target.operation];
  const line = page.requestBody?.[0]?.line ?? page.uriLine;
  if (!page.requestBody && !body) return;
  if (!page.requestBody || !body) {
    const message = page.requestBody
      ? "is on the page but not in the spec"
      : "is in the spec but not on the page";
    report("other", "request body", message, { own: body?.chain ?? [], around, name: "request body" }, line);
    return;
  }
  const view = bodySchemaView(doc, body.node, body.pointer);
  if (!view) return;
  compareObject(doc, page.requestBody, view, "request body field ", "", [...body.chain, ...around], report, {
    ignoreMissing: new Set(),
    line,
    compareRequired: true,
  });
}

type Report = (kind: DeviationKind, subject: string, message: string, place: Place, line?: number) => void;

function compareParameters(page: DocPage, target: SpecOperation, report: Report): void {
  const doc = target.spec.doc;
  const pathItem = (doc.paths as Json)[target.path] as Json;
  const specParams = new Map<string, { node: Json; chain: Json[]; pointer: string }>();
  const lists: [unknown, string][] = [
    [pathItem.parameters, `/paths/${escapePointer(target.path)}/parameters`],
    [target.operation.parameters, `${target.pointer}/parameters`],
  ];
  for (const [list, pointer] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((p, i) => {
      const resolved = resolveRef(doc, p, `${pointer}/${i}`);
      if (resolved && typeof resolved.node.name === "string")
        specParams.set(paramKey(String(resolved.node.in), resolved.node.name), resolved);
    });
  }
  const authHeaders = securityHeaders(doc, target.operation);
  const around = [target.operation];
  const seen = new Set<string>();

  for (const param of page.params) {
    const key = paramKey(param.in, param.name);
    seen.add(key);
    const subject = `${param.in} parameter "${param.name}"`;
    const spec = specParams.get(key);
    if (!spec) {
      if (param.in === "header" && authHeaders.has(param.name.toLowerCase())) continue;
      report(
        "other",
        subject,
        "is on the page but not in the spec",
        { own: [], around, name: param.name },
        param.line,
      );
      continue;
    }
    const view = schemaView(doc, spec.node.schema, `${spec.pointer}/schema`);
    if (!view) continue;
    const place: Place = { own: [...spec.chain, ...view.nodes], around, name: param.name };
    compareValue(doc, param, view, subject, place, report);
    const docRequired = param.in === "path" ? true : param.required;
    const specRequired = spec.node.required === true;
    if (docRequired !== undefined && docRequired !== specRequired) {
      report(
        "required",
        subject,
        `required: page says ${yesNo(docRequired)}, spec says ${yesNo(specRequired)}`,
        place,
        param.line,
      );
    }
    const specFormat = spec.node["x-hwcloud-time-format"];
    if (param.timeFormat !== specFormat && (param.timeFormat !== undefined || specFormat !== undefined)) {
      report(
        "other",
        subject,
        `time format: page says ${param.timeFormat ?? "none"}, spec says ${specFormat ?? "none"}`,
        place,
        param.line,
      );
    }
  }
  for (const [key, spec] of specParams) {
    if (seen.has(key)) continue;
    const subject = `${spec.node.in} parameter "${spec.node.name}"`;
    const place = { own: spec.chain, around, name: String(spec.node.name) };
    // The page no longer has the row; point at the first row of the same kind, or the URI line.
    const line = page.params.find((p) => p.in === spec.node.in)?.line ?? page.uriLine;
    report("other", subject, "is in the spec but not on the page", place, line);
  }
}

function compareObject(
  doc: Json,
  fields: DocField[],
  view: SchemaView,
  label: string,
  prefix: string,
  around: Json[],
  report: Report,
  /** line: where the page's table for this object starts, for fields the page no longer has. */
  options: { ignoreMissing: Set<string>; line: number; compareRequired: boolean },
): void {
  const enclosing = [...view.nodes, ...around];
  const seen = new Set<string>();
  for (const field of fields) {
    seen.add(field.name);
    const path = `${prefix}${field.name}`;
    const subject = `${label}"${path}"`;
    const property = view.properties[field.name];
    if (property === undefined) {
      report(
        "other",
        subject,
        "is on the page but not in the spec",
        { own: [], around: enclosing, name: field.name },
        field.line,
      );
      continue;
    }
    const propertyView = schemaView(doc, property, `${view.pointer}/properties/${escapePointer(field.name)}`);
    if (!propertyView) continue;
    const place: Place = { own: propertyView.nodes, around: enclosing, name: field.name };
    compareValue(doc, field, propertyView, subject, place, report);
    // Request bodies state required per field; response tables do not, so their `required` is not compared.
    const specRequired = view.required.includes(field.name);
    if (options.compareRequired && field.required !== undefined && field.required !== specRequired) {
      const message = `required: page says ${yesNo(field.required)}, spec says ${yesNo(specRequired)}`;
      report("required", subject, message, { ...place, own: [...place.own, ...view.nodes] }, field.line);
    }
    if (!field.children) continue;
    const objectView = field.type.kind === "array" ? itemsView(doc, propertyView) : propertyView;
    if (objectView) {
      const childPrefix = field.type.kind === "array" ? `${path}[].` : `${path}.`;
      compareObject(
        doc,
        field.children,
        objectView,
        label,
        childPrefix,
        [...propertyView.nodes, ...enclosing],
        report,
        {
          ignoreMissing: new Set(),
          line: field.line,
          compareRequired: options.compareRequired,
        },
      );
    }
  }
  for (const name of Object.keys(view.properties)) {
    if (seen.has(name) || options.ignoreMissing.has(name)) continue;
    const own = resolveRef(doc, view.properties[name], "")?.chain ?? [];
    const place = { own, around: enclosing, name };
    report("other", `${label}"${prefix}${name}"`, "is in the spec but not on the page", place, options.line);
  }
}

/** Type, enum, bounds and default of one parameter or field. */
function compareValue(
  doc: Json,
  field: DocField,
  view: SchemaView,
  subject: string,
  place: Place,
  report: Report,
): void {
  const line = field.line;
  if (!typeMatches(field.type, view, doc)) {
    report(
      "type",
      subject,
      `type: page says ${field.type.raw}, spec says ${describeTypes(view, doc)}`,
      { ...place, pageFacts: [field.type.raw] },
      line,
    );
    return;
  }
  compareEnum(field, view, subject, place, report);
  for (const bound of ["minimum", "maximum"] as const) {
    const [pageValue, specValue] = [field[bound], view[bound]];
    if (pageValue !== specValue) {
      report(
        "other",
        subject,
        `${bound}: page says ${pageValue ?? "none"}, spec says ${specValue ?? "none"}`,
        place,
        line,
      );
    }
  }
  if (field.default !== view.default && (field.default !== undefined || view.default !== undefined)) {
    report(
      "default",
      subject,
      `default: page says ${show(field.default)}, spec says ${show(view.default)}`,
      place,
      line,
    );
  }
}

function compareEnum(field: DocField, view: SchemaView, subject: string, place: Place, report: Report): void {
  const pageValues = field.enum ?? [];
  const specValues = view.enum ?? [];
  if (pageValues.length > 0 && view.enum === undefined) {
    report(
      "enum",
      subject,
      `page lists values ${pageValues.map(show).join(", ")}; spec has no enum`,
      { ...place, pageFacts: pageValues.map(String) },
      field.line,
    );
    return;
  }
  if (pageValues.length === 0 && specValues.length > 0) {
    report(
      "enum",
      subject,
      `spec restricts values to ${specValues.map(show).join(", ")}; page lists none`,
      place,
      field.line,
    );
    return;
  }
  const specKeys = new Set(specValues.map((v) => JSON.stringify(v)));
  const pageKeys = new Set(pageValues.map((v) => JSON.stringify(v)));
  for (const value of pageValues) {
    if (!specKeys.has(JSON.stringify(value)))
      report(
        "enum",
        subject,
        `enum value ${show(value)} is on the page but not in the spec`,
        { ...place, pageFacts: [String(value)] },
        field.line,
      );
  }
  for (const value of specValues) {
    if (!pageKeys.has(JSON.stringify(value)))
      report(
        "enum",
        subject,
        `enum value ${show(value)} is in the spec but not on the page`,
        place,
        field.line,
      );
  }
}

function typeMatches(type: DocType, view: SchemaView, doc: Json): boolean {
  if (type.kind === "unknown" || view.types.length === 0) return true;
  if (view.types.length !== 1 || view.types[0] !== type.kind) return false;
  if (type.kind === "integer" && view.format && type.format && view.format !== type.format) return false;
  if (type.kind === "array") {
    const items = itemsView(doc, view);
    return items === undefined || typeMatches(type.items, items, doc);
  }
  return true;
}

function describeTypes(view: SchemaView, doc: Json): string {
  const base =
    view.types.join("|") + (view.format && view.types.includes("integer") ? ` (${view.format})` : "");
  if (view.types.length === 1 && view.types[0] === "array") {
    const items = itemsView(doc, view);
    return items ? `array of ${describeTypes(items, doc)}` : base;
  }
  return base;
}

function itemsView(doc: Json, view: SchemaView): SchemaView | undefined {
  return view.items === undefined ? undefined : schemaView(doc, view.items, `${view.pointer}/items`);
}

export function bodySchemaView(doc: Json, response: Json, pointer: string): SchemaView | undefined {
  const media = isObject(response.content) ? response.content["application/json"] : undefined;
  if (!isObject(media)) return undefined;
  return schemaView(doc, media.schema, `${pointer}/content/application~1json/schema`);
}

function compareStatuses(page: DocPage, responses: Json, operation: Json, report: Report): void {
  const documented = new Map<string, number>();
  for (const s of [...page.statusCodes, ...page.responses, ...page.responseExamples]) {
    if (!documented.has(s.status)) documented.set(s.status, s.line);
  }
  const specStatuses = Object.keys(responses);
  const explicit = new Set(specStatuses.filter((s) => /^\d{3}$/.test(s)));
  const ranges = new Set(specStatuses.filter((s) => /^\dXX$/i.test(s)).map((s) => s[0]));
  for (const [status, line] of documented) {
    if (explicit.has(status) || ranges.has(status[0])) continue;
    report(
      "other",
      `status ${status}`,
      "is on the page but not in the spec's responses",
      { own: [], around: [operation], name: status },
      line,
    );
  }
  const statusTableLine = page.statusCodes[0]?.line ?? page.uriLine;
  for (const status of explicit) {
    if (documented.has(status)) continue;
    const place = {
      own: [isObject(responses[status]) ? (responses[status] as Json) : {}],
      around: [operation],
      name: status,
    };
    report(
      "other",
      `status ${status}`,
      "is in the spec's responses but not on the page",
      place,
      statusTableLine,
    );
  }
}

/** Header names the spec covers with security schemes (e.g. X-Auth-Token for iamToken). */
function securityHeaders(doc: Json, operation: Json): Set<string> {
  const requirements = (Array.isArray(operation.security) ? operation.security : doc.security) as
    | unknown[]
    | undefined;
  const schemes =
    isObject(doc.components) && isObject(doc.components.securitySchemes)
      ? doc.components.securitySchemes
      : {};
  const headers = new Set<string>();
  for (const requirement of requirements ?? []) {
    if (!isObject(requirement)) continue;
    for (const name of Object.keys(requirement)) {
      const scheme = schemes[name];
      if (
        isObject(scheme) &&
        scheme.type === "apiKey" &&
        scheme.in === "header" &&
        typeof scheme.name === "string"
      )
        headers.add(scheme.name.toLowerCase());
    }
  }
  return headers;
}

export function matchesTemplate(path: string, template: string): boolean {
  const a = path.replace(/\/+$/, "").split("/");
  const b = template.replace(/\/+$/, "").split("/");
  return (
    a.length === b.length &&
    b.every((segment, i) => (/^\{[^}]+\}$/.test(segment) ? a[i] !== "" : segment === a[i]))
  );
}

function paramKey(location: string, name: string): string {
  return `${location}:${location === "header" ? name.toLowerCase() : name}`;
}

function yesNo(value: boolean): string {
  return value ? "required" : "optional";
}

function show(value: unknown): string {
  return value === undefined ? "none" : JSON.stringify(value);
}
