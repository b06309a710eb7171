/**
 * Drafts an OpenAPI 3.1 operation from a page, following the project's conventions (ErrorResponse for error
 * bodies, iamToken for an X-Auth-Token header, x-hwcloud-time-format on time query parameters). Where the page's
 * own example contradicts its tables, the draft widens the type or drops the enum and leaves an
 * x-hwcloud-deviation note for the reviewer, as the committed specs do.
 */
import { basename } from "node:path";
import { exampleProblems } from "./draft-examples.js";
import { guessPagination } from "./draft-paging.js";
import { exampleSchema, fieldSchema, note, objectSchema, prose, type Schema } from "./draft-schema.js";
import type { DocField, DocPage } from "./page-model.js";
import { matchesTemplate } from "./spec-index.js";

const ERROR_FIELDS = new Set(["error_code", "error_msg", "error_ext_msg"]);
/** Headers the transport sets itself; a page lists them, a spec does not. */
const TRANSPORT_HEADERS = /^(content-type|content-length|host|accept)$/i;
const TOKEN_HEADER = /^x-auth-token$/i;

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

/**
 * The operation's name: the page's file name or URL when it is one (ListWorkflow.html), else the SDK sample's
 * request class, else built from the method and path.
 */
export function operationIdOf(page: DocPage): string {
  const file = basename(page.source.replace(/[?#].*$/, "")).replace(/\.(html?|txt)$/i, "");
  if (/^[A-Z][a-z]+[A-Z][A-Za-z0-9]*$/.test(file)) return file;
  return page.operationName ?? fallbackOperationId(page);
}

export function draftOperation(page: DocPage): Draft {
  const schemas: Record<string, Schema> = {};
  const operationId = operationIdOf(page);
  const usesToken = page.params.some((p) => p.in === "header" && TOKEN_HEADER.test(p.name));
  const securitySchemes: Record<string, Schema> = {
    akSk: { type: "apiKey", in: "header", name: "Authorization", "x-hwcloud-signing": "SDK-HMAC-SHA256" },
  };
  if (usesToken) securitySchemes.iamToken = { type: "apiKey", in: "header", name: "X-Auth-Token" };

  const parameters = page.params
    .filter((p) => !(p.in === "header" && (TOKEN_HEADER.test(p.name) || TRANSPORT_HEADERS.test(p.name))))
    .map((p) => {
      const parameter: Schema = { name: p.name, in: p.in };
      if (p.in === "path" || p.required) parameter.required = true;
      const description = prose(p);
      if (description) parameter.description = description;
      if (p.timeFormat && p.in === "query") parameter["x-hwcloud-time-format"] = p.timeFormat;
      const {
        description: _repeated,
        "x-hwcloud-deviation": deviation,
        ...schema
      } = fieldSchema(p, [], schemas);
      parameter.schema = schema;
      if (deviation) parameter["x-hwcloud-deviation"] = deviation;
      return parameter;
    });

  const responses = draftResponses(page, operationId, schemas);

  let requestBody: Schema | undefined;
  if (page.requestBody) {
    const name = `${operationId}Request`;
    const examples = page.requestExamples.map((e) => e.value);
    schemas[name] = objectSchema(page.requestBody, examples, schemas);
    const media: Schema = { schema: { $ref: `#/components/schemas/${name}` } };
    if (examples.length > 0)
      media.examples = Object.fromEntries(examples.map((value, i) => [`page${i + 1}`, { value }]));
    requestBody = { required: true, content: { "application/json": media } };
  }

  const operation: Schema = { operationId };
  if (page.title) operation.summary = page.title;
  const notes: Schema[] = [];
  const strayExample = page.requestExamplePaths.find((e) => !matchesTemplate(e.path, page.path));
  if (strayExample) {
    notes.push(
      note(
        "example",
        `The request example calls ${strayExample.path}, not ${page.path}.`,
        "TODO: the URI section is taken as the operation; say why the example differs.",
      ),
    );
  }
  const success = page.responses.find((r) => r.status.startsWith("2"));
  const paging = page.method === "GET" ? guessPagination(page.params, success?.fields) : undefined;
  if (paging) {
    operation["x-hwcloud-pagination"] = paging.pagination;
    notes.push(paging.note);
  }
  if (notes.length > 0) operation["x-hwcloud-deviation"] = notes.length === 1 ? notes[0] : notes;
  if (usesToken) operation.security = [{ akSk: [] }, { iamToken: [] }];
  operation.parameters = parameters;
  if (requestBody) operation.requestBody = requestBody;
  operation.responses = responses;
  return {
    paths: { [page.path]: { [page.method.toLowerCase()]: operation } },
    components: { securitySchemes, schemas },
  };
}

/**
 * One response per documented status (status table, response tables, examples). Every error body is the
 * project's shared ErrorResponse; error fields beyond error_code/error_msg/error_ext_msg (such as
 * encoded_authorization_message) become optional fields of it. Examples are checked against the drafted schema.
 */
function draftResponses(
  page: DocPage,
  operationId: string,
  schemas: Record<string, Schema>,
): Record<string, Schema> {
  const responses: Record<string, Schema> = {};
  const statuses = new Map<string, string>();
  for (const s of page.statusCodes) statuses.set(s.status, s.description);
  for (const r of page.responses) if (!statuses.has(r.status)) statuses.set(r.status, "");
  for (const e of page.responseExamples) if (!statuses.has(e.status)) statuses.set(e.status, "");
  const errorResponse = errorResponseSchema(page, schemas);
  let usesError = false;
  for (const [status, description] of [...statuses].sort(([a], [b]) => a.localeCompare(b))) {
    const fields = page.responses.find((r) => r.status === status)?.fields;
    const examples = page.responseExamples.filter((e) => e.status === status).map((e) => e.value);
    const response: Schema = { description: description || `Status ${status}.` };
    let schema: Schema | undefined;
    if (Number(status) >= 400) {
      schema = { $ref: "#/components/schemas/ErrorResponse" };
      usesError = true;
    } else if (fields) {
      const name = successSchemaName(operationId, status, page);
      schemas[name] = objectSchema(fields, examples, schemas);
      schema = { $ref: `#/components/schemas/${name}` };
    } else if (examples.length > 0) {
      // An example with no table: keep it, typed by what it sends.
      schema = exampleSchema(examples);
    }
    if (schema) {
      const media: Schema = { schema };
      if (examples.length > 0)
        media.examples = Object.fromEntries(examples.map((value, i) => [`page${i + 1}`, { value }]));
      response.content = { "application/json": media };
      const known = { ...schemas, ErrorResponse: errorResponse };
      const failures = examples.flatMap((value) => exampleProblems(value, schema!, known));
      if (failures.length > 0)
        response["x-hwcloud-deviation"] = note(
          "example",
          `The page's ${status} example does not fit its own table: ${failures.slice(0, 5).join("; ")}.`,
          "TODO: decide whether the table or the example is right, and fix the other.",
        );
    }
    responses[status] = response;
  }
  if (usesError) schemas.ErrorResponse = errorResponse;
  return responses;
}

/** The shared error body, with any further error fields the page's error tables list. */
function errorResponseSchema(page: DocPage, schemas: Record<string, Schema>): Schema {
  const extra = new Map<string, DocField>();
  for (const r of page.responses)
    if (Number(r.status) >= 400)
      for (const f of r.fields ?? [])
        if (!ERROR_FIELDS.has(f.name) && !extra.has(f.name)) extra.set(f.name, f);
  if (extra.size === 0) return ERROR_RESPONSE_SCHEMA;
  const properties = { ...(ERROR_RESPONSE_SCHEMA.properties as Record<string, Schema>) };
  for (const [name, field] of extra)
    properties[name] = fieldSchema({ ...field, required: false }, [], schemas);
  return { ...ERROR_RESPONSE_SCHEMA, properties };
}

function successSchemaName(operationId: string, status: string, page: DocPage): string {
  const successes = page.responses.filter((r) => !(Number(r.status) >= 400));
  return successes.length > 1 && successes[0]!.status !== status
    ? `${operationId}Response${status}`
    : `${operationId}Response`;
}

/** Huawei's naming: List for a GET of a collection, Show for one item, Create/Update/Delete otherwise. */
function fallbackOperationId(page: DocPage): string {
  const segments = page.path.split("/").filter(Boolean);
  const last = segments.at(-1) ?? "";
  const item = /^\{.+\}$/.test(last);
  const resource = [...segments].reverse().find((s) => !/^\{.+\}$/.test(s) && !/^v\d/.test(s)) ?? "resource";
  const plural = resource
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
  const singular = plural.replace(/ies$/, "y").replace(/(?<!s)s$/, "");
  const verbs: Record<string, string> = { POST: "Create", PUT: "Update", PATCH: "Update", DELETE: "Delete" };
  if (page.method === "GET") return item ? `Show${singular}` : `List${plural}`;
  return `${verbs[page.method] ?? page.method[0] + page.method.slice(1).toLowerCase()}${singular}`;
}
