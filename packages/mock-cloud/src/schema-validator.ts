import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import * as ajvFormats from "ajv-formats";
import type { JsonSchema } from "./mock-operation.js";

// ajv-formats is CommonJS; under NodeNext its default export sits on `.default`.
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as (
  ajv: Ajv2020,
) => void;

/** Compiles the generated JSON Schemas (written out in full, no `$ref`s), each once. */
export class SchemaValidator {
  private readonly ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    logger: false,
    validateSchema: false,
  });
  private readonly cache = new WeakMap<object, ValidateFunction>();

  constructor() {
    addFormats(this.ajv);
  }

  compile(schema: JsonSchema): ValidateFunction {
    const cached = this.cache.get(schema);
    if (cached) return cached;
    const validate = this.ajv.compile(schema);
    this.cache.set(schema, validate);
    return validate;
  }
}

/** "limit must be <= 1000", naming the offending field the way a user would write it. */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined, subject: string): string {
  const messages = (errors ?? []).map((error) => {
    const field = error.instancePath.replace(/^\//, "").replace(/\//g, ".");
    const where = field ? `${subject} ${field}` : subject;
    // ajv's enum message ("must be equal to one of the allowed values") hides the values a user needs to pick from.
    if (error.keyword === "enum") {
      const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues ?? [];
      return `${where} must be one of ${allowed.map((value) => JSON.stringify(value)).join(", ")}`;
    }
    return `${where} ${error.message ?? "is invalid"}`;
  });
  return [...new Set(messages)].join("; ");
}
