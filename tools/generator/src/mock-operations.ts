import type { MockOperation, MockParameter } from "@hwcloud/mock-cloud";
import {
  inlineRefs,
  timeFormatRegExp,
  type JsonSchema,
  type OperationSpec,
  type ServiceSpec,
} from "@hwcloud-tools/spec-model";
import { GeneratorError } from "./errors.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The mock cloud's operations (packages/mock-cloud/src/generated/operations.ts), from the spec model: merged
 * parameters, every schema written out without `$ref`s, the credentials each operation accepts, paging, waiters
 * and the regular expression of each time format. Two services answering the same method and path stop the run:
 * one mock could not tell them apart.
 */
export function compileMockOperations(specs: readonly ServiceSpec[]): MockOperation[] {
  const operations = [...specs]
    .sort((a, b) => compare(a.service, b.service))
    .flatMap((spec) => spec.operations.map((operation) => compileOperation(spec, operation)));
  rejectSharedRoutes(specs, operations);
  return operations;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compileOperation(spec: ServiceSpec, operation: OperationSpec): MockOperation {
  const compiled: Mutable<MockOperation> = {
    service: spec.service,
    operationId: operation.operationId,
    method: operation.method,
    pathTemplate: operation.path,
    parameters: operation.parameters.map((parameter) => {
      const out: Mutable<MockParameter> = {
        name: parameter.name,
        in: parameter.in,
        required: parameter.required,
        schema: schemaAt(spec, parameter.schema, parameter.schemaPointer),
      };
      if (parameter.example !== undefined) out.example = parameter.example;
      if (parameter.timeFormat !== undefined) {
        out.timeFormat = {
          pattern: parameter.timeFormat,
          regExp: timeFormatRegExp(parameter.timeFormat).source,
        };
      }
      return out;
    }),
    auth: acceptedCredentials(spec, operation),
    responses: Object.fromEntries(
      Object.entries(operation.responses).map(([status, response]) => [
        status,
        response.schema === undefined
          ? { examples: response.examples }
          : { schema: schemaAt(spec, response.schema, response.schemaPointer), examples: response.examples },
      ]),
    ),
  };
  if (operation.pagination !== undefined) compiled.pagination = operation.pagination;
  if (operation.waiter !== undefined) compiled.waiter = operation.waiter;
  const body = operation.requestBody;
  if (body?.schema !== undefined) {
    compiled.requestBody = {
      schema: schemaAt(spec, body.schema, body.schemaPointer),
      required: body.required,
    };
  }
  return compiled;
}

function schemaAt(spec: ServiceSpec, schema: JsonSchema, pointer: string | undefined): JsonSchema {
  return inlineRefs(spec, schema, pointer) as JsonSchema;
}

/** The credentials any of the operation's security requirements accepts, read from the schemes' definitions. */
function acceptedCredentials(spec: ServiceSpec, operation: OperationSpec): MockOperation["auth"] {
  const accepted = new Set<"akSk" | "iamToken">();
  for (const requirement of operation.security) {
    for (const name of Object.keys(requirement)) {
      const scheme = spec.securitySchemes[name];
      const header = scheme?.name?.toLowerCase();
      if (scheme?.signing !== undefined || header === "authorization") accepted.add("akSk");
      else if (header === "x-auth-token") accepted.add("iamToken");
    }
  }
  return [...accepted].sort();
}

function rejectSharedRoutes(specs: readonly ServiceSpec[], operations: readonly MockOperation[]): void {
  const seen = new Map<string, MockOperation>();
  for (const operation of operations) {
    // Parameter names do not tell routes apart: /a/{id} and /a/{name} match the same requests.
    const key = `${operation.method} ${operation.pathTemplate.replace(/\{[^}]+\}/g, "{}")}`;
    const other = seen.get(key);
    if (other !== undefined) {
      const specFile = specs.find((spec) => spec.service === operation.service)!.specFile;
      throw new GeneratorError(
        specFile,
        `${operation.operationId} answers ${operation.method} ${operation.pathTemplate}, as ${other.service} ${other.operationId} does; the mock cloud could not tell them apart`,
      );
    }
    seen.set(key, operation);
  }
}
