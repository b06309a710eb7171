import type { PaginationDescriptor, WaiterDescriptor } from "@hwcloud/core";
import {
  HTTP_METHODS,
  type HttpMethod,
  type ParameterSpec,
  type RequestBodySpec,
} from "@hwcloud-tools/spec-model";

/**
 * What the renderers read about one service: the spec model's reading plus every name the generator derives.
 * Types and constants only, so the modules that build the model and the renderers import them without a cycle.
 */
export interface ServiceModel {
  readonly service: string;
  readonly specFile: string;
  /** The spec's path from the repository root (`specs/dcs.yaml`), named by every generated file's header. */
  readonly specPath: string;
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
  readonly parameters: readonly ParameterSpec[];
  /** True when a caller must pass params: a required body, or a required parameter other than project_id. */
  readonly paramsRequired: boolean;
  /** The JSON body the operation takes (`params.body`), when it takes one. */
  readonly requestBody: RequestBodySpec | undefined;
  readonly pagination: PaginationDescriptor | undefined;
  /** Query parameter -> time format, for parameters marked `x-hwcloud-time-format`. */
  readonly timeFormats: Readonly<Record<string, string>>;
}

/** A waiter: what the descriptor holds for it, and the names the client's typings give it. */
export interface WaiterModel {
  readonly name: string;
  readonly descriptor: WaiterDescriptor;
  readonly operationTypeBaseName: string;
  /** The waiter's first argument: the id parameter in camelCase ("job_id" -> "jobId"). */
  readonly idArgument: string;
}

/** Names a generated method or waiter must not take: they would shadow openapi-fetch client members. */
export const RESERVED_MEMBERS: ReadonlySet<string> = new Set([
  "use",
  "eject",
  "request",
  "paginate",
  ...HTTP_METHODS,
  "TRACE",
]);
