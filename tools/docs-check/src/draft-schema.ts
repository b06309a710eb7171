/**
 * Turns the page's fields into JSON Schema, with the facts their descriptions carry. Where the page contradicts
 * itself (its example sends another type, a value outside the listed enum, a default outside the bounds), the
 * schema accepts what is really sent and an x-hwcloud-deviation note marked TODO asks a person to confirm.
 */
import type { DocField, DocType, DocValue } from "./page-model.js";

export type Schema = Record<string, unknown>;
export type Schemas = Record<string, Schema>;

export function note(kind: string, doc: string, reason: string): Schema {
  return { kind, doc, reason };
}

export function prose(field: DocField): string {
  return field.description
    .map((d) => d.trim())
    .filter(Boolean)
    .join(" ");
}

export function objectSchema(fields: DocField[], examples: unknown[], schemas: Schemas): Schema {
  const properties: Record<string, Schema> = {};
  const objects = examples.filter(isRecord);
  for (const field of fields) {
    const values = objects.flatMap((e) => (field.name in e ? [e[field.name]] : []));
    properties[field.name] = fieldSchema(field, values, schemas);
  }
  // Keys the example sends that the table does not list: kept (so the example validates), flagged for review.
  const documented = new Set(fields.map((f) => f.name));
  const extra = [...new Set(objects.flatMap((o) => Object.keys(o)).filter((k) => !documented.has(k)))];
  for (const key of extra) {
    properties[key] = {
      ...exampleSchema(objects.flatMap((o) => (key in o ? [o[key]] : []))),
      "x-hwcloud-deviation": note(
        "other",
        `${key} is in the page's example but not in its table.`,
        "TODO: confirm the field and describe it.",
      ),
    };
  }
  const required = fields.filter((f) => f.required).map((f) => f.name);
  return required.length > 0 ? { type: "object", required, properties } : { type: "object", properties };
}

export function fieldSchema(field: DocField, values: unknown[], schemas: Schemas): Schema {
  const notes: Schema[] = [];
  let schema = typeSchema(field.type, field, values, schemas);
  const description = prose(field);
  const nonNull = values.filter((v) => v !== null);

  const declared = jsonType(field.type);
  const seen = [...new Set(nonNull.map(jsonTypeOf))].filter((t) => declared && !fits(t, declared));
  if (declared && seen.length > 0 && field.type.kind !== "object" && field.type.kind !== "array") {
    schema.type = [declared, ...seen];
    notes.push(
      note(
        "type",
        `${field.name} is declared as ${field.type.raw}.`,
        `TODO: the page's example sends ${seen.join(" and ")}.`,
      ),
    );
  }
  if (field.enum && nonNull.some((v) => !field.enum!.includes(v as DocValue))) {
    delete schema.enum;
    const outside = nonNull.filter((v) => !field.enum!.includes(v as DocValue)).map((v) => String(v));
    notes.push(
      note(
        "enum",
        `${field.name} lists ${field.enum.join(", ")}.`,
        `TODO: the page's example sends ${[...new Set(outside)].join(", ")}.`,
      ),
    );
  }
  const badDefault = defaultContradiction(field);
  if (badDefault) {
    delete schema.default;
    notes.push(note("default", `${field.name} defaults to ${String(field.default)}.`, `TODO: ${badDefault}`));
  }
  if (values.some((v) => v === null)) {
    if (typeof schema.$ref === "string") schema = { oneOf: [schema, { type: "null" }] };
    else schema.type = [...(Array.isArray(schema.type) ? schema.type : [schema.type]), "null"];
    notes.push(
      note("type", `${field.name} is declared as ${field.type.raw}.`, "TODO: the page's example sends null."),
    );
  }
  if (description) schema = { ...schema, description };
  if (notes.length > 0) schema["x-hwcloud-deviation"] = notes.length === 1 ? notes[0] : notes;
  return schema;
}

/** Why the page's default cannot be right by its own words, if it cannot. */
function defaultContradiction(field: DocField): string | undefined {
  const value = field.default;
  if (value === undefined) return undefined;
  if (typeof value === "number") {
    if (field.minimum !== undefined && value < field.minimum)
      return `the page's default ${value} is below its own minimum ${field.minimum}.`;
    if (field.maximum !== undefined && value > field.maximum)
      return `the page's default ${value} is above its own maximum ${field.maximum}.`;
  }
  if (field.enum && field.enum.length > 0 && !field.enum.includes(value))
    return `the page's default ${String(value)} is not one of the values it lists.`;
  const kind = field.type.kind;
  if ((kind === "integer" || kind === "number") && typeof value !== "number")
    return `the page's default ${String(value)} is not a number.`;
  if (typeof value === "string") {
    if (field.minLength !== undefined && value.length < field.minLength)
      return `the page's default is shorter than its own minimum length ${field.minLength}.`;
    if (field.maxLength !== undefined && value.length > field.maxLength)
      return `the page's default is longer than its own maximum length ${field.maxLength}.`;
  }
  return undefined;
}

function typeSchema(type: DocType, field: DocField, values: unknown[], schemas: Schemas): Schema {
  switch (type.kind) {
    case "array": {
      const items = values.flatMap((v) => (Array.isArray(v) ? v : []));
      // "Array of objects" with no table: the items' shape comes from the example.
      if (
        type.items.kind === "object" &&
        !type.items.objectName &&
        !field.children &&
        !type.items.additionalProperties
      )
        return { type: "array", items: exampleSchema(items) };
      return { type: "array", items: typeSchema(type.items, { ...field, enum: undefined }, items, schemas) };
    }
    case "object": {
      if (type.additionalProperties) {
        const mapValues = values.filter(isRecord).flatMap((v) => Object.values(v));
        return {
          type: "object",
          additionalProperties: typeSchema(type.additionalProperties, field, mapValues, schemas),
        };
      }
      if (!field.children) return values.some(isRecord) ? exampleSchema(values) : { type: "object" };
      const schema = objectSchema(field.children, values.filter(isRecord), schemas);
      if (!type.objectName) return schema;
      schemas[type.objectName] = schema;
      return { $ref: `#/components/schemas/${type.objectName}` };
    }
    case "unknown":
      return {};
    default: {
      const schema: Schema = { type: type.kind };
      if (type.format && (type.kind === "integer" || type.format === "float" || type.format === "double"))
        schema.format = type.format;
      if (field.enum) schema.enum = field.enum;
      if (field.minimum !== undefined) schema.minimum = field.minimum;
      if (field.maximum !== undefined) schema.maximum = field.maximum;
      if (field.minLength !== undefined && type.kind === "string") schema.minLength = field.minLength;
      if (field.maxLength !== undefined && type.kind === "string") schema.maxLength = field.maxLength;
      if (field.default !== undefined) schema.default = field.default;
      return schema;
    }
  }
}

/** A schema that the example values fit, for a field the page types only as "Object" or "Array of objects". */
export function exampleSchema(values: unknown[], depth = 0): Schema {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (present.length === 0 || depth > 16) return {};
  const types = [...new Set(present.map(jsonTypeOf))];
  const type = types.includes("number") ? types.filter((t) => t !== "integer") : types;
  if (type.length !== 1) return { type };
  if (type[0] === "array")
    return {
      type: "array",
      items: exampleSchema(
        present.flatMap((v) => v as unknown[]),
        depth + 1,
      ),
    };
  if (type[0] === "object") {
    const objects = present as Record<string, unknown>[];
    const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
    const properties = Object.fromEntries(
      keys.map((k) => [
        k,
        exampleSchema(
          objects.map((o) => o[k]),
          depth + 1,
        ),
      ]),
    );
    return { type: "object", properties };
  }
  return { type: type[0] };
}

function jsonType(type: DocType): string | undefined {
  return type.kind === "unknown" ? undefined : type.kind;
}

export function jsonTypeOf(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function fits(actual: string, declared: string): boolean {
  return actual === declared || (actual === "integer" && declared === "number");
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
