import type { AllowedOperation, AllowedService, Allowlist, ParameterRule, ValueSchema } from "@hwcloud/proxy";
import type { OperationSpec, ParameterSpec, ServiceSpec } from "@hwcloud-tools/spec-model";
import { GeneratorError } from "./errors.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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

/**
 * The proxy's allowlist (packages/proxy/src/generated/allowlist.ts): per service its regions and every
 * operation with the parameter rules the proxy checks before it signs. A schema keyword the proxy could not
 * enforce stops generation: better to fail the build than to skip a check.
 */
export function compileAllowlist(specs: readonly ServiceSpec[]): Allowlist {
  const services: Record<string, AllowedService> = {};
  for (const spec of [...specs].sort((a, b) => compare(a.service, b.service))) {
    const operations = [...spec.operations]
      .sort((a, b) => compare(a.path, b.path))
      .map((operation) => compileOperation(spec, operation));
    services[spec.service] = { regions: { ...spec.regions }, operations };
  }
  return services;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compileOperation(spec: ServiceSpec, operation: OperationSpec): AllowedOperation {
  const where = `${operation.method} ${operation.path}`;
  const compiled: Mutable<AllowedOperation> = {
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    parameters: operation.parameters.map((parameter) => compileParameter(spec, parameter, where)),
  };
  if (operation.requestBody !== undefined) {
    const { required, contentTypes } = operation.requestBody;
    compiled.requestBody = { required, contentTypes };
  }
  const responseHeaders = [
    ...new Set(
      Object.values(operation.responses).flatMap((response) => response.headers.map((h) => h.toLowerCase())),
    ),
  ].sort();
  if (responseHeaders.length > 0) compiled.responseHeaders = responseHeaders;
  return compiled;
}

function compileParameter(spec: ServiceSpec, parameter: ParameterSpec, where: string): ParameterRule {
  if (parameter.in === "cookie") {
    throw new GeneratorError(
      spec.specFile,
      `${where}: the proxy cannot check cookie parameter "${parameter.name}"`,
    );
  }
  return {
    name: parameter.name,
    in: parameter.in,
    required: parameter.in === "path" || parameter.required,
    schema: compileSchema(spec, parameter.schema, `${where}: parameter "${parameter.name}"`),
  };
}

function compileSchema(spec: ServiceSpec, raw: unknown, where: string): ValueSchema {
  const schema = spec.follow(raw).node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith("x-") || DESCRIPTIVE.has(key)) continue;
    if (key === "format") {
      if (CHECKED_FORMATS.has(String(value))) out.format = value;
      continue;
    }
    if (!CHECKED.has(key)) {
      throw new GeneratorError(spec.specFile, `${where}: the proxy cannot check schema keyword "${key}"`);
    }
    out[key] = key === "items" ? compileSchema(spec, value, `${where} items`) : value;
  }
  return out as ValueSchema;
}
