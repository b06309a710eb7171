import { GeneratorError } from "./errors.js";
import {
  argumentNameOf,
  clientInterfaceNameOf,
  factoryNameOf,
  isIdentifier,
  methodNameOf,
  packageNameOf,
  typeBaseNameOf,
} from "./naming.js";
import { isRecord, resolveRef, type SpecDocument } from "./spec.js";

/** Everything the renderers need about one service, read and checked from its spec. */
export interface ServiceModel {
  readonly service: string;
  readonly specFile: string;
  readonly packageName: string;
  readonly factoryName: string;
  readonly clientInterfaceName: string;
  readonly title: string;
  /** The title without a leading "Huawei Cloud", for "Typed client for Huawei Cloud <productName>". */
  readonly productName: string;
  readonly description: string | undefined;
  readonly regions: Readonly<Record<string, string>>;
  readonly operations: readonly OperationModel[];
  readonly waiters: readonly WaiterModel[];
}

export interface OperationModel {
  readonly operationId: string;
  readonly methodName: string;
  /** Prefix of the exported types: `${typeBaseName}Params`, `${typeBaseName}Response`, `${typeBaseName}Item`. */
  readonly typeBaseName: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string | undefined;
  readonly parameters: readonly ParameterModel[];
  /** True when a caller must pass params: a required parameter other than the auto-filled project_id. */
  readonly paramsRequired: boolean;
  readonly pagination: Pagination | undefined;
  /** Query parameter -> time format, for parameters marked `x-hwcloud-time-format`. */
  readonly timeFormats: Readonly<Record<string, string>>;
}

export interface ParameterModel {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: Readonly<Record<string, unknown>>;
  readonly example: unknown;
}

export interface Pagination {
  readonly offsetParam: string;
  readonly limitParam: string;
  readonly unit: "item" | "page";
  readonly first: number;
  readonly items: string;
  readonly total?: string;
  readonly defaultLimit?: number;
  readonly maxLimit?: number;
  readonly limitValues?: readonly number[];
}

export interface WaiterModel {
  readonly name: string;
  /** Method name of the polled operation. */
  readonly operation: string;
  readonly operationTypeBaseName: string;
  readonly idParam: string;
  readonly idArgument: string;
  readonly statusField: string;
  readonly success: readonly string[];
  readonly failure: readonly string[];
  readonly reasonField?: string;
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";
const HTTP_METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/** The path parameter the runtime fills from `options.projectId`. */
export const PROJECT_ID = "project_id";

/** Names a generated method or waiter must not take: they would shadow openapi-fetch client members. */
const RESERVED_MEMBERS = new Set(["use", "eject", "request", "paginate", ...HTTP_METHODS, "TRACE"]);

export function buildServiceModel(service: string, specFile: string, spec: SpecDocument): ServiceModel {
  const fail = (message: string): never => {
    throw new GeneratorError(specFile, message);
  };
  const operations: OperationModel[] = [];
  const waiters: WaiterModel[] = [];
  for (const [path, pathItem] of Object.entries(spec.paths)) {
    const shared = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method.toLowerCase()];
      if (operation === undefined) continue;
      if (!isRecord(operation)) fail(`${method} ${path} must be an object`);
      const built = buildOperation(
        spec,
        specFile,
        method,
        path,
        operation as Record<string, unknown>,
        shared,
      );
      operations.push(built);
      const waiter = (operation as Record<string, unknown>)["x-hwcloud-waiter"];
      if (waiter !== undefined)
        waiters.push(buildWaiter(specFile, built, spec, operation as Record<string, unknown>, waiter));
    }
  }
  checkUniqueMembers(specFile, operations, waiters);
  return {
    service,
    specFile,
    packageName: packageNameOf(service),
    factoryName: factoryNameOf(service),
    clientInterfaceName: clientInterfaceNameOf(service),
    title: spec.info.title,
    productName: spec.info.title.replace(/^Huawei ?Cloud\s+/i, ""),
    description: spec.info.description?.trim(),
    regions: readRegions(specFile, spec["x-hwcloud-regions"]),
    operations,
    waiters,
  };
}

function readRegions(specFile: string, value: unknown): Record<string, string> {
  if (!isRecord(value) || Object.keys(value).length === 0) {
    throw new GeneratorError(
      specFile,
      "x-hwcloud-regions must map at least one region id to an endpoint origin",
    );
  }
  for (const [region, origin] of Object.entries(value)) {
    if (typeof origin !== "string" || !/^https?:\/\/[^/]+$/.test(origin)) {
      throw new GeneratorError(
        specFile,
        `x-hwcloud-regions.${region} must be an origin like https://host (found ${JSON.stringify(origin)})`,
      );
    }
  }
  return value as Record<string, string>;
}

function buildOperation(
  spec: SpecDocument,
  specFile: string,
  method: HttpMethod,
  path: string,
  operation: Record<string, unknown>,
  sharedParameters: readonly unknown[],
): OperationModel {
  const where = `${method} ${path}`;
  const fail = (message: string): never => {
    throw new GeneratorError(specFile, `${where}: ${message}`);
  };
  const operationId = operation.operationId;
  if (typeof operationId !== "string" || operationId.length === 0) return fail("needs an operationId");
  if (operation.requestBody !== undefined)
    fail(`${operationId} has a requestBody, which the runtime cannot send yet`);

  const byKey = new Map<string, ParameterModel>();
  const declared = [
    ...sharedParameters,
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ];
  for (const raw of declared) {
    const parameter = resolveRef(spec, specFile, raw);
    const name = parameter.name;
    const location = parameter.in;
    if (typeof name !== "string" || !["path", "query", "header", "cookie"].includes(String(location))) {
      fail(`every parameter needs a name and an "in" of path, query, header or cookie`);
    }
    byKey.set(`${String(location)}:${String(name)}`, {
      name: name as string,
      in: location as ParameterModel["in"],
      required: parameter.required === true,
      schema: isRecord(parameter.schema) ? parameter.schema : {},
      example: parameter.example ?? (isRecord(parameter.schema) ? parameter.schema.example : undefined),
    });
  }
  const parameters = [...byKey.values()];
  for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
    const parameter = parameters.find((candidate) => candidate.in === "path" && candidate.name === name);
    if (parameter === undefined || !parameter.required)
      fail(`path parameter {${name}} must be declared and required`);
  }

  const timeFormats: Record<string, string> = {};
  for (const raw of declared) {
    const parameter = resolveRef(spec, specFile, raw);
    const format = parameter["x-hwcloud-time-format"];
    if (format === undefined) continue;
    if (parameter.in !== "query" || typeof format !== "string" || format.length === 0) {
      fail(
        `x-hwcloud-time-format on ${String(parameter.name)} must be a non-empty pattern on a query parameter`,
      );
    }
    timeFormats[parameter.name as string] = format as string;
  }

  const methodName = methodNameOf(operationId);
  const typeBaseName = typeBaseNameOf(operationId);
  if (!isIdentifier(methodName) || !isIdentifier(typeBaseName))
    fail(`operationId ${operationId} gives no valid name`);
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
    pagination:
      pagination === undefined
        ? undefined
        : readPagination(pagination, parameters, okBodyProperties(spec, specFile, operation), fail),
    timeFormats,
  };
}

function readPagination(
  value: unknown,
  parameters: readonly ParameterModel[],
  bodyProperties: Readonly<Record<string, Record<string, unknown>>> | undefined,
  fail: (message: string) => never,
): Pagination {
  const prefix = "x-hwcloud-pagination";
  if (!isRecord(value)) return fail(`${prefix} must be an object`);
  const isQuery = (name: unknown) =>
    parameters.some((parameter) => parameter.in === "query" && parameter.name === name);
  if (!isQuery(value.offsetParam)) fail(`${prefix}.offsetParam must name a query parameter`);
  if (!isQuery(value.limitParam)) fail(`${prefix}.limitParam must name a query parameter`);
  if (value.unit !== "item" && value.unit !== "page") fail(`${prefix}.unit must be "item" or "page"`);
  if (value.first !== 0 && value.first !== 1) fail(`${prefix}.first must be 0 or 1`);
  if (bodyProperties === undefined) fail(`${prefix} needs a 200 application/json response with properties`);
  const items = bodyProperties![String(value.items)];
  if (items === undefined || items.type !== "array")
    fail(`${prefix}.items must name an array field of the 200 body`);
  if (value.total !== undefined && bodyProperties![String(value.total)] === undefined) {
    fail(`${prefix}.total must name a field of the 200 body`);
  }
  for (const key of ["defaultLimit", "maxLimit"] as const) {
    if (value[key] !== undefined && !Number.isInteger(value[key]))
      fail(`${prefix}.${key} must be an integer`);
  }
  const limitValues = value.limitValues;
  if (limitValues !== undefined && (!Array.isArray(limitValues) || !limitValues.every(Number.isInteger))) {
    fail(`${prefix}.limitValues must be a list of integers`);
  }
  // Copy only the known keys, in a fixed order, so the descriptor does not depend on how the spec is written.
  return {
    offsetParam: value.offsetParam as string,
    limitParam: value.limitParam as string,
    unit: value.unit as "item" | "page",
    first: value.first as number,
    items: value.items as string,
    ...(value.total === undefined ? {} : { total: value.total as string }),
    ...(value.defaultLimit === undefined ? {} : { defaultLimit: value.defaultLimit as number }),
    ...(value.maxLimit === undefined ? {} : { maxLimit: value.maxLimit as number }),
    ...(limitValues === undefined ? {} : { limitValues: limitValues as number[] }),
  };
}

function buildWaiter(
  specFile: string,
  operation: OperationModel,
  spec: SpecDocument,
  rawOperation: Record<string, unknown>,
  value: unknown,
): WaiterModel {
  const prefix = `${operation.operationId}: x-hwcloud-waiter`;
  const fail = (message: string): never => {
    throw new GeneratorError(specFile, `${prefix}${message}`);
  };
  if (!isRecord(value)) return fail(" must be an object");
  if (typeof value.name !== "string" || !isIdentifier(value.name)) fail(".name must be a method name");
  const idParameter = operation.parameters.find((p) => p.in === "path" && p.name === value.idParam);
  if (idParameter === undefined) fail(".idParam must name a path parameter of the operation");
  const others = operation.parameters.filter((p) => p.required && p !== idParameter && p.name !== PROJECT_ID);
  if (others.length > 0)
    fail(` cannot poll an operation with other required parameters (${others[0]!.name})`);
  const body = okBodyProperties(spec, specFile, rawOperation);
  if (body?.[String(value.statusField)] === undefined) fail(".statusField must name a field of the 200 body");
  if (value.reasonField !== undefined && body?.[String(value.reasonField)] === undefined) {
    fail(".reasonField must name a field of the 200 body");
  }
  for (const key of ["success", "failure"] as const) {
    const states = value[key];
    if (
      !Array.isArray(states) ||
      states.length === 0 ||
      !states.every((state) => typeof state === "string")
    ) {
      fail(`.${key} must be a non-empty list of states`);
    }
  }
  return {
    name: value.name as string,
    operation: operation.methodName,
    operationTypeBaseName: operation.typeBaseName,
    idParam: value.idParam as string,
    idArgument: argumentNameOf(value.idParam as string),
    statusField: value.statusField as string,
    success: value.success as string[],
    failure: value.failure as string[],
    ...(value.reasonField === undefined ? {} : { reasonField: value.reasonField as string }),
  };
}

/** The top-level properties of the operation's 200 application/json body, with $refs followed. */
function okBodyProperties(
  spec: SpecDocument,
  specFile: string,
  operation: Record<string, unknown>,
): Record<string, Record<string, unknown>> | undefined {
  const responses = operation.responses;
  if (!isRecord(responses) || responses["200"] === undefined) return undefined;
  const content = resolveRef(spec, specFile, responses["200"]).content;
  const media = isRecord(content) ? content["application/json"] : undefined;
  if (!isRecord(media) || media.schema === undefined) return undefined;
  const properties = resolveRef(spec, specFile, media.schema).properties;
  if (!isRecord(properties)) return undefined;
  return Object.fromEntries(
    Object.entries(properties).map(([name, schema]) => [name, resolveRef(spec, specFile, schema)]),
  );
}

function checkUniqueMembers(
  specFile: string,
  operations: readonly OperationModel[],
  waiters: readonly WaiterModel[],
): void {
  const taken = new Map<string, string>();
  const claim = (name: string, owner: string) => {
    if (RESERVED_MEMBERS.has(name))
      throw new GeneratorError(specFile, `${owner} would shadow the client's ${name}`);
    const previous = taken.get(name);
    if (previous !== undefined)
      throw new GeneratorError(specFile, `${owner} and ${previous} both become ${name}`);
    taken.set(name, owner);
  };
  for (const operation of operations) claim(operation.methodName, `operationId ${operation.operationId}`);
  for (const waiter of waiters) claim(waiter.name, `waiter ${waiter.name}`);
  const typeNames = new Map<string, string>();
  for (const operation of operations) {
    const previous = typeNames.get(operation.typeBaseName);
    if (previous !== undefined) {
      throw new GeneratorError(
        specFile,
        `operationIds ${previous} and ${operation.operationId} give the same type names`,
      );
    }
    typeNames.set(operation.typeBaseName, operation.operationId);
  }
}
