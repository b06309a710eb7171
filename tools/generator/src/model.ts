import type { PaginationDescriptor } from "@hwcloud/core";
import { GeneratorError } from "./errors.js";
import { clientInterfaceNameOf, factoryNameOf, packageNameOf } from "./naming.js";
import { buildOperation } from "./operation.js";
import { okBodyProperties } from "./response-body.js";
import { isRecord, type SpecDocument } from "./spec.js";
import { buildWaiter } from "./waiter.js";

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

/** The paging shape the runtime reads, checked against the spec's parameters and 200 body. */
export type Pagination = PaginationDescriptor;

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
  const operations: OperationModel[] = [];
  const waiters: WaiterModel[] = [];
  for (const [path, pathItem] of Object.entries(spec.paths)) {
    const shared = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method.toLowerCase()];
      if (operation === undefined) continue;
      if (!isRecord(operation)) throw new GeneratorError(specFile, `${method} ${path} must be an object`);
      const body = okBodyProperties(spec, specFile, operation);
      const built = buildOperation(spec, specFile, method, path, operation, shared, body);
      operations.push(built);
      const waiter = operation["x-hwcloud-waiter"];
      if (waiter !== undefined) waiters.push(buildWaiter(specFile, built, body, waiter));
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
