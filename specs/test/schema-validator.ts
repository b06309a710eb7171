import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { Json, JsonObject } from "./spec-files.js";

export interface SchemaValidator {
  /** Validates `value` against the schema at `pointer` inside the spec; returns readable errors (empty = valid). */
  validate(pointer: string, value: Json): string[];
}

/**
 * JSON Schema 2020-12 validation (OpenAPI 3.1's dialect) for one spec. The whole document is registered under
 * an id, so local `#/components/...` $refs resolve exactly as in the spec.
 */
export function createSchemaValidator(name: string, doc: JsonObject): SchemaValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats.default(ajv);
  // OpenAPI's numeric formats: enforce the ranges their names promise.
  ajv.addFormat("int32", {
    type: "number",
    validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
  });
  ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isSafeInteger(n) });
  const id = `https://specs.hwcloud.invalid/${name}.yaml`;
  ajv.addSchema(doc, id);
  const compiled = new Map<string, ValidateFunction>();
  return {
    validate(pointer, value) {
      let validateFn = compiled.get(pointer);
      if (!validateFn) {
        validateFn = ajv.compile({ $ref: `${id}#${pointer}` });
        compiled.set(pointer, validateFn);
      }
      return validateFn(value) ? [] : (validateFn.errors ?? []).map(describe);
    },
  };
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || "(root)"} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
}
