/**
 * What the proxy may forward: per service, the operations present in specs/ with their parameter rules.
 * Written from specs/ by tools/generator (`pnpm generate`) and committed as src/generated/allowlist.ts.
 */
export interface Allowlist {
  readonly [service: string]: AllowedService;
}

export interface AllowedService {
  /** Region id -> endpoint origin (from `x-hwcloud-regions`). */
  readonly regions: Readonly<Record<string, string>>;
  readonly operations: readonly AllowedOperation[];
}

export interface AllowedOperation {
  readonly operationId: string;
  readonly method: string;
  /** OpenAPI path template, e.g. "/v2/{project_id}/jobs/{job_id}". */
  readonly path: string;
  readonly parameters: readonly ParameterRule[];
  /** Absent when the operation takes no request body. */
  readonly requestBody?: { readonly required: boolean; readonly contentTypes: readonly string[] };
  /** Lower-case names of the headers the spec's responses declare; the proxy passes these to the page. */
  readonly responseHeaders?: readonly string[];
}

export interface ParameterRule {
  readonly name: string;
  readonly in: "path" | "query" | "header";
  readonly required: boolean;
  readonly schema: ValueSchema;
}

/** The subset of JSON Schema the proxy checks parameters with; compilation refuses anything else. */
export interface ValueSchema {
  readonly type?: ScalarType | readonly ScalarType[];
  readonly enum?: readonly (string | number | boolean | null)[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: "uuid" | "int32" | "int64" | "date-time" | "date";
  readonly items?: ValueSchema;
}

export type ScalarType = "string" | "integer" | "number" | "boolean" | "null" | "array";
