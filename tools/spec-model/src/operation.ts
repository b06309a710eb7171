import { SpecModelError } from "./errors.js";
import { escapePointer, isRecord } from "./json-pointer.js";
import { readPagination } from "./pagination.js";
import type { Follow } from "./references.js";
import { timeFormatRegExp } from "./time-format.js";
import {
  PARAMETER_LOCATIONS,
  type HttpMethod,
  type JsonSchema,
  type OperationSpec,
  type ParameterLocation,
  type ParameterSpec,
  type RequestBodySpec,
  type ResponseSpec,
  type SecurityRequirement,
} from "./types.js";
import { readWaiter } from "./waiter.js";

export interface OperationContext {
  readonly specFile: string;
  readonly follow: Follow;
  readonly documentSecurity: readonly SecurityRequirement[];
}

/** Reads one operation: parameters merged (path-level first, overridable), bodies, paging, waiter, times. */
export function readOperation(
  context: OperationContext,
  method: HttpMethod,
  path: string,
  pathPointer: string,
  sharedParameters: readonly unknown[],
  operation: Record<string, unknown>,
): OperationSpec {
  const { specFile, follow } = context;
  const pointer = `${pathPointer}/${method.toLowerCase()}`;
  const fail = (message: string): never => {
    throw new SpecModelError(specFile, `${method} ${path}: ${message}`);
  };
  const operationId = operation.operationId;
  if (typeof operationId !== "string" || operationId.length === 0) return fail("needs an operationId");

  const parameters = mergeParameters(follow, fail, [
    ...sharedParameters.map((raw, index) => ({ raw, pointer: `${pathPointer}/parameters/${index}` })),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []).map((raw, index) => ({
      raw,
      pointer: `${pointer}/parameters/${index}`,
    })),
  ]);
  const placeholders = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  for (const name of placeholders) {
    const parameter = parameters.find((candidate) => candidate.in === "path" && candidate.name === name);
    if (parameter === undefined || !parameter.required)
      fail(`path parameter {${name}} must be declared and required`);
  }
  for (const parameter of parameters) {
    if (parameter.in === "path" && !placeholders.includes(parameter.name)) {
      fail(`path parameter ${parameter.name} is not a placeholder of the path`);
    }
  }

  const responses = readResponses(follow, operation.responses, `${pointer}/responses`);
  const okBody = responses["200"]?.bodyProperties;
  const timeFormats = Object.fromEntries(
    parameters.flatMap((parameter) =>
      parameter.timeFormat === undefined ? [] : [[parameter.name, parameter.timeFormat] as const],
    ),
  );
  const pagination = operation["x-hwcloud-pagination"];
  const waiter = operation["x-hwcloud-waiter"];
  return {
    operationId,
    method,
    path,
    pointer,
    summary: typeof operation.summary === "string" ? operation.summary.trim() : undefined,
    description: typeof operation.description === "string" ? operation.description.trim() : undefined,
    tags: Array.isArray(operation.tags) ? operation.tags.map(String) : [],
    externalDocs: readExternalDocs(operation.externalDocs),
    parameters,
    requestBody:
      operation.requestBody === undefined
        ? undefined
        : readRequestBody(follow, operation.requestBody, `${pointer}/requestBody`),
    responses,
    security: Array.isArray(operation.security)
      ? (operation.security as SecurityRequirement[])
      : context.documentSecurity,
    pagination: pagination === undefined ? undefined : readPagination(pagination, parameters, okBody, fail),
    waiter: waiter === undefined ? undefined : readWaiter(waiter, operationId, parameters, okBody, specFile),
    timeFormats,
    raw: operation,
  };
}

function readExternalDocs(value: unknown): OperationSpec["externalDocs"] {
  if (!isRecord(value) || typeof value.url !== "string") return undefined;
  return typeof value.description === "string"
    ? { url: value.url, description: value.description }
    : { url: value.url };
}

function mergeParameters(
  follow: Follow,
  fail: (message: string) => never,
  declared: readonly { raw: unknown; pointer: string }[],
): ParameterSpec[] {
  const byKey = new Map<string, ParameterSpec>();
  for (const { raw, pointer } of declared) {
    const { node: parameter, pointer: at } = follow(raw, pointer);
    const { name, in: location } = parameter;
    if (typeof name !== "string" || !PARAMETER_LOCATIONS.includes(location as ParameterLocation)) {
      return fail(`every parameter needs a name and an "in" of path, query, header or cookie`);
    }
    const schema = parameter.schema === undefined ? undefined : follow(parameter.schema, `${at}/schema`);
    const timeFormat = parameter["x-hwcloud-time-format"];
    const example = parameter.example ?? schema?.node.example;
    if (typeof timeFormat === "string") checkTimeParameter(name, timeFormat, schema?.node, example, fail);
    // Header names are case-insensitive: an operation's "x-language" overrides a path item's "X-Language".
    const key = `${String(location)}:${location === "header" ? name.toLowerCase() : name}`;
    byKey.set(key, {
      name,
      in: location as ParameterLocation,
      required: parameter.required === true,
      description: typeof parameter.description === "string" ? parameter.description : undefined,
      schema: schema?.node ?? {},
      schemaPointer: schema?.pointer,
      example,
      timeFormat: typeof timeFormat === "string" ? timeFormat : undefined,
      pointer: at,
      raw: parameter,
    });
  }
  return [...byKey.values()];
}

/** A time parameter is text in its format, and its example shows it. */
function checkTimeParameter(
  name: string,
  format: string,
  schema: JsonSchema | undefined,
  example: unknown,
  fail: (message: string) => never,
): void {
  if (schema?.type !== "string")
    fail(`${name} has x-hwcloud-time-format, so its schema must be type: string`);
  if (typeof example !== "string" || !timeFormatRegExp(format).test(example)) {
    fail(
      `${name} needs an example written in its x-hwcloud-time-format ${format} (found ${JSON.stringify(example)})`,
    );
  }
}

function readRequestBody(follow: Follow, raw: unknown, pointer: string): RequestBodySpec {
  const { node: body, pointer: at } = follow(raw, pointer);
  const content = isRecord(body.content) ? body.content : {};
  const json = jsonMedia(follow, content, `${at}/content`);
  return {
    required: body.required === true,
    contentTypes: Object.keys(content),
    schema: json?.schema,
    schemaPointer: json?.schemaPointer,
    examples: json?.examples ?? [],
  };
}

function readResponses(follow: Follow, raw: unknown, pointer: string): Record<string, ResponseSpec> {
  const responses: Record<string, ResponseSpec> = {};
  if (!isRecord(raw)) return responses;
  for (const [status, value] of Object.entries(raw)) {
    const { node: response, pointer: at } = follow(value, `${pointer}/${escapePointer(status)}`);
    const content = isRecord(response.content) ? response.content : {};
    const json = jsonMedia(follow, content, `${at}/content`);
    responses[status] = {
      pointer: at,
      schema: json?.schema,
      schemaPointer: json?.schemaPointer,
      examples: json?.examples ?? [],
      headers: isRecord(response.headers) ? Object.keys(response.headers) : [],
      bodyProperties:
        json?.schema === undefined ? undefined : bodyProperties(follow, json.schema, json.schemaPointer!),
    };
  }
  return responses;
}

interface JsonMedia {
  readonly schema: JsonSchema | undefined;
  readonly schemaPointer: string | undefined;
  readonly examples: readonly unknown[];
}

/** The application/json media type (or the first other JSON one, such as application/problem+json). */
function jsonMedia(follow: Follow, content: Record<string, unknown>, pointer: string): JsonMedia | undefined {
  const type =
    "application/json" in content
      ? "application/json"
      : Object.keys(content).find((key) => /json/i.test(key));
  if (type === undefined || !isRecord(content[type])) return undefined;
  const mediaPointer = `${pointer}/${escapePointer(type)}`;
  const media = content[type];
  const examples: unknown[] = [];
  if (media.example !== undefined) examples.push(media.example);
  if (isRecord(media.examples)) {
    for (const [name, example] of Object.entries(media.examples)) {
      const value = follow(example, `${mediaPointer}/examples/${escapePointer(name)}`).node.value;
      if (value !== undefined) examples.push(value);
    }
  }
  if (media.schema === undefined) return { schema: undefined, schemaPointer: undefined, examples };
  return { schema: media.schema as JsonSchema, schemaPointer: `${mediaPointer}/schema`, examples };
}

/** Top-level fields of an object body: name -> schema, each `$ref` followed. */
function bodyProperties(
  follow: Follow,
  schema: JsonSchema,
  pointer: string,
): Record<string, JsonSchema> | undefined {
  const { node, pointer: at } = follow(schema, pointer);
  if (!isRecord(node.properties)) return undefined;
  return Object.fromEntries(
    Object.entries(node.properties).map(([name, property]) => [
      name,
      follow(property, `${at}/properties/${escapePointer(name)}`).node,
    ]),
  );
}
