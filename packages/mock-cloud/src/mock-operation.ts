import type { PaginationDescriptor, TimeFormat, WaiterDescriptor } from "@hwcloud/core";

/**
 * What the mock knows about one operation: the data tools/generator writes to src/generated/operations.ts from
 * the spec model. Every schema is written out in full (no `$ref`s), so nothing here needs the spec to read it.
 */
export interface MockOperation {
  readonly service: string;
  readonly operationId: string;
  readonly method: string;
  /** OpenAPI path template, e.g. "/v2/{project_id}/jobs/{job_id}". */
  readonly pathTemplate: string;
  /** Path-level then operation-level parameters, merged. */
  readonly parameters: readonly MockParameter[];
  /** The credentials the operation's security requirements accept (empty: none needed). */
  readonly auth: readonly ("akSk" | "iamToken")[];
  readonly pagination?: MockPagination;
  readonly waiter?: MockWaiter;
  /** The JSON request body's schema, when the operation takes one. */
  readonly requestBody?: { readonly schema: JsonSchema; readonly required: boolean };
  /** Status ("200", "4XX", "default") -> the JSON response's schema and its examples. */
  readonly responses: Readonly<Record<string, MockResponse>>;
}

/** A JSON Schema (2020-12) with every `$ref` replaced by its target. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The values a string is known to take, without closing the set (specs/README.md, "Open value lists"). */
export const OPEN_ENUM = "x-hwcloud-open-enum";

export interface MockParameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: JsonSchema;
  /** The parameter's example, else its schema's. */
  readonly example?: unknown;
  /** `x-hwcloud-time-format`, with the regular expression that reads it (a named group per token). */
  readonly timeFormat?: { readonly pattern: TimeFormat; readonly regExp: string };
}

export interface MockResponse {
  readonly schema?: JsonSchema;
  readonly examples: readonly unknown[];
}

/** `x-hwcloud-pagination`: exactly what the client pages with (@hwcloud/core's type is the one definition). */
export type MockPagination = PaginationDescriptor;

/** `x-hwcloud-waiter` on the polled operation: core's waiter with its method name, the polled operation implied. */
export interface MockWaiter extends Omit<WaiterDescriptor, "operation"> {
  readonly name: string;
}
