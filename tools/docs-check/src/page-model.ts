/** What the parser reads out of one Huawei API reference page. Line numbers are 1-based. */

export type ScalarKind = "string" | "integer" | "number" | "boolean";

export type DocType =
  | { kind: ScalarKind; format?: "int32" | "int64" | "float" | "double"; raw: string }
  | {
      kind: "object";
      objectName?: string;
      /** Map<String,X>: every value has type X (its fields, when X has a table, are the field's children). */
      additionalProperties?: DocType;
      raw: string;
    }
  | { kind: "array"; items: DocType; raw: string }
  | { kind: "unknown"; raw: string };

export type DocValue = string | number | boolean;

export interface DocField {
  name: string;
  line: number;
  required?: boolean;
  type: DocType;
  description: string[];
  enum?: DocValue[];
  minimum?: number;
  maximum?: number;
  default?: DocValue;
  minLength?: number;
  maxLength?: number;
  /** Time pattern as the page writes it, normalised to yyyy MM dd HH mm ss Z tokens. */
  timeFormat?: string;
  /** Fields of the object (or array item object) this field holds, when the page has their table. */
  children?: DocField[];
}

export type ParamLocation = "path" | "query" | "header";

export interface DocParam extends DocField {
  in: ParamLocation;
}

export interface DocResponse {
  status: string;
  line: number;
  fields?: DocField[];
}

export interface DocExample {
  status: string;
  line: number;
  value: unknown;
}

export interface DocStatus {
  status: string;
  line: number;
  description: string;
}

export interface DocPage {
  source: string;
  title?: string;
  /** The page's "updated on" date (yyyy-mm-dd), when it shows one. */
  updated?: string;
  method: string;
  path: string;
  uriLine: number;
  /** Operation name taken from the page's SDK sample (e.g. ListCenterTask), when it has one. */
  operationName?: string;
  params: DocParam[];
  requestBody?: DocField[];
  responses: DocResponse[];
  statusCodes: DocStatus[];
  responseExamples: DocExample[];
  /** JSON bodies in the request examples. */
  requestExamples: { line: number; value: unknown }[];
  /** Paths of the request examples (host and query removed). */
  requestExamplePaths: { path: string; line: number }[];
}

export interface ParseProblem {
  line: number;
  message: string;
}

export class PageParseError extends Error {
  constructor(
    readonly source: string,
    readonly problems: ParseProblem[],
  ) {
    super(`${source}: ${problems.map((p) => `line ${p.line}: ${p.message}`).join("; ")}`);
    this.name = "PageParseError";
  }
}
