/** Compares the page's parameters and fields with spec schemas: type, enum, bounds, default, nesting. */
import type { Place, Report } from "./acceptance.js";
import type { DocField, DocType } from "./page-model.js";
import { schemaView, type SchemaView } from "./schema-view.js";
import { escapePointer, followRef, isObject, type Json, type SpecDocument } from "./spec-index.js";

export function compareObject(
  spec: SpecDocument,
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
    const propertyView = schemaView(
      spec,
      property,
      `${view.pointer}/properties/${escapePointer(field.name)}`,
    );
    if (!propertyView) continue;
    const place: Place = { own: propertyView.nodes, around: enclosing, name: field.name };
    compareValue(spec, field, propertyView, subject, place, report);
    // Request bodies state required per field; response tables do not, so their `required` is not compared.
    const specRequired = view.required.includes(field.name);
    if (options.compareRequired && field.required !== undefined && field.required !== specRequired) {
      const message = `required: page says ${yesNo(field.required)}, spec says ${yesNo(specRequired)}`;
      report("required", subject, message, { ...place, own: [...place.own, ...view.nodes] }, field.line);
    }
    if (!field.children) continue;
    const { objectView, childPrefix } = childrenView(spec, field.type, propertyView, path);
    if (objectView) {
      compareObject(
        spec,
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
    const own = followRef(spec, view.properties[name], "")?.chain ?? [];
    const place = { own, around: enclosing, name };
    report("other", `${label}"${prefix}${name}"`, "is in the spec but not on the page", place, options.line);
  }
}

/** Type, enum, bounds and default of one parameter or field. */
export function compareValue(
  spec: SpecDocument,
  field: DocField,
  view: SchemaView,
  subject: string,
  place: Place,
  report: Report,
): void {
  const line = field.line;
  if (!typeMatches(field.type, view, spec)) {
    report(
      "type",
      subject,
      `type: page says ${field.type.raw}, spec says ${describeTypes(view, spec)}`,
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
  // Length limits are compared where the page states them; specs add minLength: 1 to ids on their own.
  for (const bound of ["minLength", "maxLength"] as const) {
    const [pageValue, specValue] = [field[bound], view[bound]];
    if (pageValue !== undefined && pageValue !== specValue)
      report(
        "other",
        subject,
        `${bound}: page says ${pageValue}, spec says ${specValue ?? "none"}`,
        place,
        line,
      );
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
      `spec ${view.openEnum ? "lists known values" : "restricts values to"} ${specValues.map(show).join(", ")}; page lists none`,
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

function typeMatches(type: DocType, view: SchemaView, spec: SpecDocument): boolean {
  if (type.kind === "unknown" || view.types.length === 0) return true;
  if (view.types.length !== 1 || view.types[0] !== type.kind) return false;
  if (type.kind === "integer" && view.format && type.format && view.format !== type.format) return false;
  if (type.kind === "array") {
    const items = itemsView(spec, view);
    return items === undefined || typeMatches(type.items, items, spec);
  }
  return true;
}

function describeTypes(view: SchemaView, spec: SpecDocument): string {
  const base =
    view.types.join("|") + (view.format && view.types.includes("integer") ? ` (${view.format})` : "");
  if (view.types.length === 1 && view.types[0] === "array") {
    const items = itemsView(spec, view);
    return items ? `array of ${describeTypes(items, spec)}` : base;
  }
  return base;
}

/** Where the fields of an object, array-of-object or map-of-object field live in the spec, and their prefix. */
function childrenView(
  spec: SpecDocument,
  type: DocType,
  view: SchemaView,
  path: string,
): { objectView?: SchemaView; childPrefix: string } {
  let current: SchemaView | undefined = view;
  let prefix = path;
  let t = type;
  for (let depth = 0; current && depth < 8; depth++) {
    if (t.kind === "array") {
      current = itemsView(spec, current);
      prefix += "[]";
      t = t.items;
    } else if (t.kind === "object" && t.additionalProperties) {
      current =
        current.additionalProperties === undefined
          ? undefined
          : schemaView(spec, current.additionalProperties, `${current.pointer}/additionalProperties`);
      prefix += "{}";
      t = t.additionalProperties;
    } else break;
  }
  return { objectView: current, childPrefix: `${prefix}.` };
}

function itemsView(spec: SpecDocument, view: SchemaView): SchemaView | undefined {
  return view.items === undefined ? undefined : schemaView(spec, view.items, `${view.pointer}/items`);
}

export function bodySchemaView(spec: SpecDocument, response: Json, pointer: string): SchemaView | undefined {
  const media = isObject(response.content) ? response.content["application/json"] : undefined;
  if (!isObject(media)) return undefined;
  return schemaView(spec, media.schema, `${pointer}/content/application~1json/schema`);
}

export function yesNo(value: boolean): string {
  return value ? "required" : "optional";
}

export function show(value: unknown): string {
  return value === undefined ? "none" : JSON.stringify(value);
}
