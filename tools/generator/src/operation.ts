import { GeneratorError } from "./errors.js";
import { PROJECT_ID, type HttpMethod, type OperationModel, type ParameterModel } from "./model.js";
import { isIdentifier, methodNameOf, typeBaseNameOf } from "./naming.js";
import { readPagination } from "./pagination.js";
import type { BodyProperties } from "./response-body.js";
import { isRecord, resolveRef, type SpecDocument } from "./spec.js";

const LOCATIONS = ["path", "query", "header", "cookie"];

/** Reads one operation: its names, parameters (path-level ones first, overridable), paging and time formats. */
export function buildOperation(
  spec: SpecDocument,
  specFile: string,
  method: HttpMethod,
  path: string,
  operation: Record<string, unknown>,
  sharedParameters: readonly unknown[],
  body: BodyProperties | undefined,
): OperationModel {
  const fail = (message: string): never => {
    throw new GeneratorError(specFile, `${method} ${path}: ${message}`);
  };
  const operationId = operation.operationId;
  if (typeof operationId !== "string" || operationId.length === 0) return fail("needs an operationId");
  if (operation.requestBody !== undefined) {
    fail(`${operationId} has a requestBody, which the runtime cannot send yet`);
  }

  const byKey = new Map<string, ParameterModel>();
  const timeFormats: Record<string, string> = {};
  const declared = [
    ...sharedParameters,
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ];
  for (const raw of declared) {
    const parameter = resolveRef(spec, specFile, raw);
    const { name, in: location, schema } = parameter;
    if (typeof name !== "string" || !LOCATIONS.includes(String(location))) {
      return fail(`every parameter needs a name and an "in" of path, query, header or cookie`);
    }
    byKey.set(`${String(location)}:${name}`, {
      name,
      in: location as ParameterModel["in"],
      required: parameter.required === true,
      schema: isRecord(schema) ? schema : {},
      example: parameter.example ?? (isRecord(schema) ? schema.example : undefined),
    });
    const format = parameter["x-hwcloud-time-format"];
    if (format === undefined) continue;
    if (location !== "query" || typeof format !== "string" || format.length === 0) {
      fail(`x-hwcloud-time-format on ${name} must be a non-empty pattern on a query parameter`);
    }
    timeFormats[name] = format as string;
  }
  const parameters = [...byKey.values()];
  for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
    const parameter = parameters.find((candidate) => candidate.in === "path" && candidate.name === name);
    if (parameter === undefined || !parameter.required) {
      fail(`path parameter {${name}} must be declared and required`);
    }
  }

  const methodName = methodNameOf(operationId);
  const typeBaseName = typeBaseNameOf(operationId);
  if (!isIdentifier(methodName) || !isIdentifier(typeBaseName)) {
    fail(`operationId ${operationId} gives no valid name`);
  }
  const pagination = operation["x-hwcloud-pagination"];
  return {
    operationId,
    methodName,
    typeBaseName,
    method,
    path,
    summary: typeof operation.summary === "string" ? operation.summary.trim() : undefined,
    parameters,
    paramsRequired: parameters.some((parameter) => parameter.required && parameter.name !== PROJECT_ID),
    pagination: pagination === undefined ? undefined : readPagination(pagination, parameters, body, fail),
    timeFormats,
  };
}
