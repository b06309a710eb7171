/**
 * The spec model: what every tool reads about specs/*.yaml, already resolved and checked. Types and constants
 * only, so any module can import them without importing the code that builds them. The paging, waiter and
 * time-format shapes are the runtime's own (@hwcloud/core, imported as types only), so one definition serves
 * the spec model, the generator and the runtime.
 */

import type { PaginationDescriptor, TimeFormat, WaiterDescriptor } from "@hwcloud/core";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
/** A JSON Schema (2020-12, OpenAPI 3.1's dialect) as written in the spec; nested `$ref`s stay as written. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** An OpenAPI 3.1 document as parsed from YAML, `$ref`s intact. */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly description?: string; readonly version: string };
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly [key: string]: unknown;
}

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH";
/** In the order OpenAPI lists a path item's operations. */
export const HTTP_METHODS: readonly HttpMethod[] = [
  "GET",
  "PUT",
  "POST",
  "DELETE",
  "OPTIONS",
  "HEAD",
  "PATCH",
];

export type ParameterLocation = "path" | "query" | "header" | "cookie";
export const PARAMETER_LOCATIONS: readonly ParameterLocation[] = ["path", "query", "header", "cookie"];

/** The path parameter the runtime fills from the client's `projectId`. */
export const PROJECT_ID = "project_id";

/** Every spec of a specs/ directory, in file name order. */
export interface SpecModel {
  readonly services: readonly ServiceSpec[];
}

export interface ServiceSpec {
  /** The file name without .yaml: "gaussdb-mysql". */
  readonly service: string;
  /** The file name: "gaussdb-mysql.yaml". */
  readonly specFile: string;
  /** The document as parsed, `$ref`s intact (for openapi-typescript and JSON Schema validators). */
  readonly document: OpenApiDocument;
  readonly title: string;
  readonly description: string | undefined;
  /** `x-hwcloud-regions`: region id -> endpoint origin, in the spec's order. */
  readonly regions: Readonly<Record<string, string>>;
  /** `components.securitySchemes`, `$ref`s followed. */
  readonly securitySchemes: Readonly<Record<string, SecurityScheme>>;
  /** The document-level `security`. */
  readonly security: readonly SecurityRequirement[];
  /** Operations in the spec's path order, then OpenAPI's method order. */
  readonly operations: readonly OperationSpec[];
  /** Every `x-hwcloud-deviation` note, with the JSON pointer of the object carrying it. */
  readonly deviations: readonly Deviation[];
  /**
   * Follows `$ref`s from `value` (found at `pointer`) to the object they end at, with that object's pointer;
   * a reference to nothing is a SpecModelError.
   */
  readonly follow: (value: unknown, pointer?: string) => Resolved;
  /** The value at a JSON pointer ("/components/schemas/Task"), undefined when there is none. */
  readonly at: (pointer: string) => unknown;
}

/** A value reached through `$ref`s, with the JSON pointer ("/components/parameters/Limit") where it sits. */
export interface Resolved {
  readonly node: Readonly<Record<string, unknown>>;
  readonly pointer: string;
  /** The object `follow` started from, then each `$ref`'s target: keys beside a `$ref` stay readable. */
  readonly chain: readonly Readonly<Record<string, unknown>>[];
}

export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

export interface SecurityScheme {
  readonly type: string;
  readonly in?: string;
  readonly name?: string;
  /** `x-hwcloud-signing`, on the AK/SK scheme. */
  readonly signing?: "SDK-HMAC-SHA256";
}

export interface OperationSpec {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path template: "/v2/{project_id}/jobs/{job_id}". */
  readonly path: string;
  /** JSON pointer of the operation object: "/paths/~1v2~1{project_id}~1tasks/get". */
  readonly pointer: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly tags: readonly string[];
  /** `externalDocs`: the operation's page in Huawei's API reference. */
  readonly externalDocs: { readonly url: string; readonly description?: string } | undefined;
  /** Path-level then operation-level parameters, `$ref`s followed; an operation's own wins on name and place. */
  readonly parameters: readonly ParameterSpec[];
  readonly requestBody: RequestBodySpec | undefined;
  /** Status ("200", "4XX", "default") -> the documented response. */
  readonly responses: Readonly<Record<string, ResponseSpec>>;
  /** The operation's `security`, else the document's. */
  readonly security: readonly SecurityRequirement[];
  readonly pagination: Pagination | undefined;
  readonly waiter: Waiter | undefined;
  /** Query parameter -> `x-hwcloud-time-format`. */
  readonly timeFormats: Readonly<Record<string, TimeFormat>>;
  /** The operation object as written (for checks of keys the model does not read). */
  readonly raw: Readonly<Record<string, unknown>>;
}

export interface ParameterSpec {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly description: string | undefined;
  /** The parameter's schema with its own `$ref` followed ({} when it has none). */
  readonly schema: JsonSchema;
  /** JSON pointer of that schema inside the document, for validators that resolve refs from there. */
  readonly schemaPointer: string | undefined;
  /** The parameter's example, else its schema's. */
  readonly example: unknown;
  readonly timeFormat: TimeFormat | undefined;
  /** JSON pointer of the parameter object (the `$ref` target when it is a reference). */
  readonly pointer: string;
  /** The parameter object as written, `$ref` followed. */
  readonly raw: Readonly<Record<string, unknown>>;
}

export interface RequestBodySpec {
  readonly required: boolean;
  /** Every media type the operation accepts, in the spec's order. */
  readonly contentTypes: readonly string[];
  /** The JSON media type's schema (nested `$ref`s intact), when there is one. */
  readonly schema: JsonSchema | undefined;
  readonly schemaPointer: string | undefined;
  /** The JSON media type's `example` and every `examples` value, `$ref`s followed. */
  readonly examples: readonly unknown[];
}

export interface ResponseSpec {
  /** JSON pointer of the response object (the `$ref` target when it is a reference). */
  readonly pointer: string;
  /** The JSON media type's schema (nested `$ref`s intact), when there is one. */
  readonly schema: JsonSchema | undefined;
  readonly schemaPointer: string | undefined;
  /** The JSON media type's `example` and every `examples` value, `$ref`s followed. */
  readonly examples: readonly unknown[];
  /** Names of the headers the response declares, as written. */
  readonly headers: readonly string[];
  /** Top-level properties of the JSON body, each `$ref` followed (undefined when it is not an object). */
  readonly bodyProperties: Readonly<Record<string, JsonSchema>> | undefined;
}

/**
 * `x-hwcloud-pagination`, keys in a fixed order, checked against the parameters and the 200 body: exactly what
 * the runtime pages with (@hwcloud/core's type is the one definition; the generator copies it unchanged).
 */
export type Pagination = PaginationDescriptor;

/**
 * `x-hwcloud-waiter`, checked against the operation's path parameters and 200 body: the runtime's waiter
 * (@hwcloud/core's type) with its method name, and without the polled operation, which is the one it sits on.
 */
export interface Waiter extends Omit<WaiterDescriptor, "operation"> {
  readonly name: string;
}

export interface Deviation {
  /** JSON pointer of the object the note sits on. */
  readonly pointer: string;
  readonly kind: "type" | "enum" | "example" | "path" | "required" | "default" | "other";
  readonly doc: string;
  readonly reason: string;
}
