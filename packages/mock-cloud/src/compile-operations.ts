import type {
  JsonSchema,
  MediaTypeObject,
  OpenApiDocument,
  OperationObject,
  PaginationExtension,
  ParameterObject,
  ResponseObject,
  SecurityRequirement,
  WaiterExtension,
} from "./openapi-types.js";
import { resolveRef } from "./resolve-ref.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"] as const;

/** One operation of one spec, with everything the mock needs to route, check and answer a request. */
export interface MockOperation {
  service: string;
  operationId: string;
  method: string;
  pathTemplate: string;
  pathPattern: RegExp;
  pathParamNames: string[];
  parameters: ParameterObject[];
  security: SecurityRequirement[];
  pagination?: PaginationExtension;
  waiter?: WaiterExtension;
  /** The JSON request body's schema, when the operation takes one. */
  requestBody?: { schema: JsonSchema; required: boolean };
  /** Status code -> the JSON response's schema (may hold `$ref`s into `document`) and its examples. */
  responses: Record<string, { schema?: JsonSchema; examples: unknown[] }>;
  document: OpenApiDocument;
}

/** Reads every operation of every spec; throws when two services declare the same method and path. */
export function compileOperations(specs: Record<string, OpenApiDocument>): MockOperation[] {
  const operations: MockOperation[] = [];
  for (const [service, document] of Object.entries(specs)) {
    for (const [pathTemplate, rawItem] of Object.entries(document.paths ?? {})) {
      const pathItem = resolveRef(document, rawItem);
      for (const method of METHODS) {
        const operation = pathItem[method] as OperationObject | undefined;
        if (!operation) continue;
        const parameters = mergeParameters(document, pathItem.parameters ?? [], operation.parameters ?? []);
        operations.push({
          service,
          operationId: operation.operationId ?? `${method} ${pathTemplate}`,
          method: method.toUpperCase(),
          pathTemplate,
          ...pathMatcher(pathTemplate),
          parameters,
          security: operation.security ?? document.security ?? [],
          pagination: operation["x-hwcloud-pagination"] as PaginationExtension | undefined,
          waiter: operation["x-hwcloud-waiter"] as WaiterExtension | undefined,
          requestBody: readRequestBody(document, operation.requestBody),
          responses: readResponses(document, operation.responses ?? {}),
          document,
        });
      }
    }
  }
  rejectDuplicateRoutes(operations);
  return operations;
}

function mergeParameters(
  document: OpenApiDocument,
  shared: (ParameterObject | { $ref: string })[],
  own: (ParameterObject | { $ref: string })[],
): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  for (const raw of [...shared, ...own]) {
    const parameter = resolveRef<ParameterObject>(document, raw);
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

function pathMatcher(template: string): { pathPattern: RegExp; pathParamNames: string[] } {
  const pathParamNames: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      pathParamNames.push(name);
      return "([^/]+)";
    })
    .join("");
  return { pathPattern: new RegExp(`^${source}/?$`), pathParamNames };
}

function readResponses(
  document: OpenApiDocument,
  responses: Record<string, ResponseObject | { $ref: string }>,
): MockOperation["responses"] {
  const result: MockOperation["responses"] = {};
  for (const [status, raw] of Object.entries(responses)) {
    const response = resolveRef<ResponseObject>(document, raw);
    const media = jsonMedia(response.content);
    const examples: unknown[] = [];
    if (media?.example !== undefined) examples.push(media.example);
    for (const example of Object.values(media?.examples ?? {})) {
      const value = resolveRef<{ value?: unknown }>(document, example).value;
      if (value !== undefined) examples.push(value);
    }
    result[status] = { schema: media?.schema, examples };
  }
  return result;
}

function readRequestBody(document: OpenApiDocument, raw: unknown): MockOperation["requestBody"] {
  if (raw === undefined) return undefined;
  const body = resolveRef<{ required?: boolean; content?: Record<string, MediaTypeObject> }>(
    document,
    raw as never,
  );
  const schema = jsonMedia(body.content)?.schema;
  return schema ? { schema, required: body.required === true } : undefined;
}

function jsonMedia(content: Record<string, MediaTypeObject> | undefined): MediaTypeObject | undefined {
  if (!content) return undefined;
  const type = Object.keys(content).find((key) => /json/i.test(key));
  return type === undefined ? undefined : content[type];
}

function rejectDuplicateRoutes(operations: MockOperation[]): void {
  const seen = new Map<string, MockOperation>();
  for (const operation of operations) {
    const key = `${operation.method} ${operation.pathPattern.source}`;
    const other = seen.get(key);
    if (other) {
      throw new Error(
        `${other.service} ${other.operationId} and ${operation.service} ${operation.operationId} share the route ${operation.method} ${operation.pathTemplate}; serve them from separate mocks`,
      );
    }
    seen.set(key, operation);
  }
}

/** The documented response for a status: the exact code, else its range (4XX), else `default`. */
export function documentedResponse(
  operation: MockOperation,
  status: number,
): MockOperation["responses"][string] | undefined {
  const { responses } = operation;
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
}
