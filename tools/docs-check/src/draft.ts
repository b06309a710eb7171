/**
 * Drafts an OpenAPI 3.1 operation from a page, following the project's conventions (ErrorResponse for error
 * bodies, iamToken for an X-Auth-Token header, x-hwcloud-time-format on time query parameters). Where the page's
 * own example contradicts its tables, the draft widens the type or drops the enum and leaves an
 * x-hwcloud-deviation note for the reviewer, as the committed specs do.
 */
import { stringify } from "yaml";
import type { DocField, DocPage, DocType, DocValue, ParseProblem } from "./page-model.js";
import { matchesTemplate } from "./spec-index.js";

type Schema = Record<string, unknown>;

const ERROR_FIELDS = new Set(["error_code", "error_msg", "error_ext_msg"]);

export const ERROR_RESPONSE_SCHEMA: Schema = {
  type: "object",
  required: ["error_code", "error_msg"],
  properties: {
    error_code: { type: "string" },
    error_msg: { type: "string" },
    error_ext_msg: { type: ["string", "null"] },
  },
};

export interface Draft {
  paths: Record<string, Record<string, Schema>>;
  components: { securitySchemes: Record<string, Schema>; schemas: Record<string, Schema> };
}

export function draftOperation(page: DocPage): Draft {
  const schemas: Record<string, Schema> = {};
  const operationId = page.operationName ?? fallbackOperationId(page);
  const usesToken = page.params.some((p) => p.in === "header" && /^x-auth-token$/i.test(p.name));
  const securitySchemes: Record<string, Schema> = {
    akSk: { type: "apiKey", in: "header", name: "Authorization", "x-hwcloud-signing": "SDK-HMAC-SHA256" },
  };
  if (usesToken) securitySchemes.iamToken = { type: "apiKey", in: "header", name: "X-Auth-Token" };

  const parameters = page.params
    .filter((p) => !(p.in === "header" && /^x-auth-token$/i.test(p.name)))
    .map((p) => {
      const parameter: Schema = { name: p.name, in: p.in };
      if (p.in === "path" || p.required) parameter.required = true;
      const description = prose(p);
      if (description) parameter.description = description;
      if (p.timeFormat && p.in === "query") parameter["x-hwcloud-time-format"] = p.timeFormat;
      const { description: _repeated, ...schema } = fieldSchema(p, [], schemas);
      parameter.schema = schema;
      return parameter;
    });

  const responses: Record<string, Schema> = {};
  const statuses = new Map<string, string>();
  for (const s of page.statusCodes) statuses.set(s.status, s.description);
  for (const r of page.responses) if (!statuses.has(r.status)) statuses.set(r.status, "");
  for (const e of page.responseExamples) if (!statuses.has(e.status)) statuses.set(e.status, "");
  let usesError = false;
  for (const [status, description] of [...statuses].sort(([a], [b]) => a.localeCompare(b))) {
    const fields = page.responses.find((r) => r.status === status)?.fields;
    const examples = page.responseExamples.filter((e) => e.status === status).map((e) => e.value);
    const response: Schema = { description: description || `Status ${status}.` };
    let schema: Schema | undefined;
    if (Number(status) >= 400 && (!fields || fields.every((f) => ERROR_FIELDS.has(f.name)))) {
      schema = { $ref: "#/components/schemas/ErrorResponse" };
      usesError = true;
    } else if (fields) {
      const name = `${operationId}Response`;
      schemas[name] = objectSchema(fields, examples, schemas);
      schema = { $ref: `#/components/schemas/${name}` };
    }
    if (schema) {
      const media: Schema = { schema };
      if (examples.length > 0)
        media.examples = Object.fromEntries(examples.map((value, i) => [`page${i + 1}`, { value }]));
      response.content = { "application/json": media };
    }
    responses[status] = response;
  }
  if (usesError) schemas.ErrorResponse = ERROR_RESPONSE_SCHEMA;

  let requestBody: Schema | undefined;
  if (page.requestBody) {
    const name = `${operationId}Request`;
    schemas[name] = objectSchema(page.requestBody, [], schemas);
    requestBody = {
      required: true,
      content: { "application/json": { schema: { $ref: `#/components/schemas/${name}` } } },
    };
  }

  const operation: Schema = { operationId };
  if (page.title) operation.summary = page.title;
  const strayExample = page.requestExamplePaths.find((e) => !matchesTemplate(e.path, page.path));
  if (strayExample) {
    operation["x-hwcloud-deviation"] = note(
      "example",
      `The request example calls ${strayExample.path}, not ${page.path}.`,
      "TODO: the URI section is taken as the operation; say why the example differs.",
    );
  }
  if (usesToken) operation.security = [{ akSk: [] }, { iamToken: [] }];
  operation.parameters = parameters;
  if (requestBody) operation.requestBody = requestBody;
  operation.responses = responses;
  return {
    paths: { [page.path]: { [page.method.toLowerCase()]: operation } },
    components: { securitySchemes, schemas },
  };
}

export function draftYaml(page: DocPage, problems: ParseProblem[] = []): string {
  const header = [
    `# Draft from ${page.source}: ${page.method} ${page.path}`,
    "# Review before committing to specs/: descriptions and summary are the page's words (rewrite them in your",
    "# own), and every x-hwcloud-deviation reason marked TODO needs a person to confirm it.",
    ...problems.map((p) => `# unread: line ${p.line}: ${p.message}`),
  ];
  return `${header.join("\n")}\n${stringify(draftOperation(page), { lineWidth: 110 })}`;
}

function fallbackOperationId(page: DocPage): string {
  const words = page.path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return [page.method.toLowerCase(), ...words].map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}

function prose(field: DocField): string {
  return field.description
    .map((d) => d.trim())
    .filter(Boolean)
    .join(" ");
}

/** Values the page's examples send for a field, found by walking the examples along the field's path. */
function objectSchema(fields: DocField[], examples: unknown[], schemas: Record<string, Schema>): Schema {
  const properties: Record<string, Schema> = {};
  for (const field of fields) {
    const values = examples.flatMap((e) => (isRecord(e) && field.name in e ? [e[field.name]] : []));
    properties[field.name] = fieldSchema(field, values, schemas);
  }
  const required = fields.filter((f) => f.required).map((f) => f.name);
  return required.length > 0 ? { type: "object", required, properties } : { type: "object", properties };
}

function fieldSchema(field: DocField, values: unknown[], schemas: Record<string, Schema>): Schema {
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

function typeSchema(
  type: DocType,
  field: DocField,
  values: unknown[],
  schemas: Record<string, Schema>,
): Schema {
  switch (type.kind) {
    case "array": {
      const items = values.flatMap((v) => (Array.isArray(v) ? v : []));
      return { type: "array", items: typeSchema(type.items, { ...field, enum: undefined }, items, schemas) };
    }
    case "object": {
      if (!field.children) return { type: "object" };
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
      if (field.default !== undefined) schema.default = field.default;
      return schema;
    }
  }
}

function note(kind: string, doc: string, reason: string): Schema {
  return { kind, doc, reason };
}

function jsonType(type: DocType): string | undefined {
  return type.kind === "unknown" ? undefined : type.kind;
}

function jsonTypeOf(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function fits(actual: string, declared: string): boolean {
  return actual === declared || (actual === "integer" && declared === "number");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
