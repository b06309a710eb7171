import type { AllowedOperation, AllowedService, Allowlist, ParameterRule, ValueSchema } from "./allowlist.js";

type Json = Record<string, unknown>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"] as const;
/** Keywords the proxy enforces. */
const CHECKED = new Set([
  "type",
  "enum",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "items",
]);
/** Formats the proxy checks; any other `format` is an annotation, as JSON Schema treats it. */
const CHECKED_FORMATS = new Set(["uuid", "int32", "int64", "date-time", "date"]);
/** Keywords that document a value without constraining it. */
const DESCRIPTIVE = new Set(["description", "title", "example", "examples", "default", "deprecated"]);

/** Thrown when a spec uses something the proxy could not enforce; better to fail the build than to skip a check. */
export class AllowlistCompileError extends Error {
  override readonly name = "AllowlistCompileError";
}

/** Turns parsed OpenAPI 3.1 documents (keyed by service name, $refs intact) into the proxy's allowlist. */
export function compileAllowlist(specs: Readonly<Record<string, unknown>>): Allowlist {
  const services: Record<string, AllowedService> = {};
  for (const service of Object.keys(specs).sort()) {
    services[service] = compileService(service, asObject(specs[service], service));
  }
  return services;
}

function compileService(service: string, doc: Json): AllowedService {
  const regions = asObject(doc["x-hwcloud-regions"] ?? {}, `${service}: x-hwcloud-regions`);
  const operations: AllowedOperation[] = [];
  const paths = asObject(doc.paths ?? {}, `${service}: paths`);
  for (const path of Object.keys(paths).sort()) {
    const item = asObject(paths[path], `${service}: ${path}`);
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of METHODS) {
      if (item[method] === undefined) continue;
      const where = `${service}: ${method.toUpperCase()} ${path}`;
      const op = asObject(item[method], where);
      const parameters = mergeParameters(doc, shared, (op.parameters as unknown[] | undefined) ?? [], where);
      const compiled: Mutable<AllowedOperation> = {
        operationId: String(op.operationId ?? `${method} ${path}`),
        method: method.toUpperCase(),
        path,
        parameters,
      };
      const body = op.requestBody === undefined ? undefined : resolve(doc, op.requestBody, where);
      if (body !== undefined) {
        compiled.requestBody = {
          required: body.required === true,
          contentTypes: Object.keys(asObject(body.content ?? {}, `${where}: requestBody.content`)),
        };
      }
      const responseHeaders = declaredResponseHeaders(doc, op.responses, where);
      if (responseHeaders.length > 0) compiled.responseHeaders = responseHeaders;
      operations.push(compiled);
    }
  }
  return { regions: Object.fromEntries(Object.entries(regions).map(([k, v]) => [k, String(v)])), operations };
}

/** Header names any of the operation's responses declares, lower-case and sorted. */
function declaredResponseHeaders(doc: Json, responses: unknown, where: string): string[] {
  const names = new Set<string>();
  for (const [status, raw] of Object.entries(asObject(responses ?? {}, `${where}: responses`))) {
    const response = resolve(doc, raw, `${where}: response ${status}`);
    const headers = asObject(response.headers ?? {}, `${where}: response ${status} headers`);
    for (const name of Object.keys(headers)) names.add(name.toLowerCase());
  }
  return [...names].sort();
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(doc: Json, shared: unknown[], own: unknown[], where: string): ParameterRule[] {
  const byKey = new Map<string, ParameterRule>();
  for (const raw of [...shared, ...own]) {
    const param = resolve(doc, raw, where);
    const location = param.in;
    const name = String(param.name);
    if (location === "cookie")
      throw new AllowlistCompileError(`${where}: cookie parameter "${name}" is not supported`);
    if (location !== "path" && location !== "query" && location !== "header") {
      throw new AllowlistCompileError(
        `${where}: parameter "${name}" has unknown location ${String(location)}`,
      );
    }
    const schema = compileSchema(doc, param.schema ?? {}, `${where}: parameter "${name}"`);
    byKey.set(`${location}:${location === "header" ? name.toLowerCase() : name}`, {
      name,
      in: location,
      required: location === "path" || param.required === true,
      schema,
    });
  }
  return [...byKey.values()];
}

function compileSchema(doc: Json, raw: unknown, where: string): ValueSchema {
  const schema = resolve(doc, raw, where);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith("x-") || DESCRIPTIVE.has(key)) continue;
    if (key === "format") {
      if (CHECKED_FORMATS.has(String(value))) out.format = value;
      continue;
    }
    if (!CHECKED.has(key))
      throw new AllowlistCompileError(`${where}: schema keyword "${key}" is not supported`);
    out[key] = key === "items" ? compileSchema(doc, value, `${where} items`) : value;
  }
  return out as ValueSchema;
}

/** Follows local `#/...` references. */
function resolve(doc: Json, value: unknown, where: string): Json {
  let current = asObject(value, where);
  for (let hops = 0; typeof current.$ref === "string"; hops++) {
    const ref = current.$ref;
    if (hops > 20 || !ref.startsWith("#/"))
      throw new AllowlistCompileError(`${where}: cannot resolve $ref ${ref}`);
    let target: unknown = doc;
    for (const part of ref.slice(2).split("/")) {
      const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
      target = typeof target === "object" && target !== null ? (target as Json)[key] : undefined;
    }
    if (target === undefined) throw new AllowlistCompileError(`${where}: $ref ${ref} points nowhere`);
    current = asObject(target, `${where} -> ${ref}`);
  }
  return current;
}

function asObject(value: unknown, where: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new AllowlistCompileError(`${where}: expected an object`);
  }
  return value as Json;
}
