/** The parts of an OpenAPI 3.1 document the mock reads. Specs are plain JSON (parsed YAML) with `$ref`s intact. */
export type JsonSchema = { [keyword: string]: unknown };

/** The values a string is known to take, without closing the set (specs/README.md, "Open value lists"). */
export const OPEN_ENUM = "x-hwcloud-open-enum";

export interface OpenApiDocument {
  openapi: string;
  paths?: Record<string, PathItem>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    parameters?: Record<string, ParameterObject | RefObject>;
    responses?: Record<string, ResponseObject | RefObject>;
    securitySchemes?: Record<string, SecuritySchemeObject>;
    [key: string]: unknown;
  };
  security?: SecurityRequirement[];
  [key: string]: unknown;
}

export type SecurityRequirement = Record<string, string[]>;

export interface RefObject {
  $ref: string;
}

export interface PathItem {
  parameters?: (ParameterObject | RefObject)[];
  [method: string]: unknown;
}

export interface OperationObject {
  operationId?: string;
  parameters?: (ParameterObject | RefObject)[];
  responses?: Record<string, ResponseObject | RefObject>;
  security?: SecurityRequirement[];
  [key: string]: unknown;
}

export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonSchema;
  [key: string]: unknown;
}

export interface MediaTypeObject {
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}

export interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
  [key: string]: unknown;
}

export interface SecuritySchemeObject {
  type: string;
  in?: string;
  name?: string;
  [key: string]: unknown;
}

/** `x-hwcloud-pagination` (see packages/core/src/descriptor.ts). */
export interface PaginationExtension {
  offsetParam: string;
  limitParam: string;
  unit: "item" | "page";
  first: number;
  items: string;
  total?: string;
  defaultLimit?: number;
  maxLimit?: number;
  limitValues?: number[];
}

/** `x-hwcloud-waiter` on the polled operation. */
export interface WaiterExtension {
  name: string;
  idParam: string;
  statusField: string;
  success: string[];
  failure: string[];
  reasonField?: string;
}
