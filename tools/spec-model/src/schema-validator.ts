import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import * as ajvFormats from "ajv-formats";
import type { OpenApiDocument } from "./types.js";

// ajv-formats is CommonJS; under NodeNext its default export sits on `.default`.
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as (
  ajv: Ajv2020,
) => void;

/**
 * The one JSON Schema 2020-12 validator setup of the tools (OpenAPI 3.1's dialect): every error reported,
 * the ajv-formats formats checked, and OpenAPI's int32/int64 held to the ranges their names promise.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true, logger: false });
  addFormats(ajv);
  ajv.addFormat("int32", {
    type: "number",
    validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
  });
  ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isSafeInteger(n) });
  return ajv;
}

export interface SpecSchemaValidator {
  /** The compiled validator of the schema at `pointer` ("/components/schemas/Task") inside the document. */
  compile(pointer: string): ValidateFunction;
  /** Validates `value` against the schema at `pointer`; readable errors, empty when valid. */
  validate(pointer: string, value: unknown): string[];
}

/**
 * Validates values against schemas inside one spec. The whole document is registered under an id, so the
 * schemas' local `#/components/...` refs resolve exactly as in the spec.
 */
export function createSpecSchemaValidator(service: string, document: OpenApiDocument): SpecSchemaValidator {
  const ajv = createAjv();
  const id = `https://specs.hwcloud.invalid/${service}.yaml`;
  ajv.addSchema(document, id);
  const compiled = new Map<string, ValidateFunction>();
  const compile = (pointer: string) => {
    let validate = compiled.get(pointer);
    if (validate === undefined) {
      const fragment = pointer.split("/").map(encodeURIComponent).join("/");
      validate = ajv.compile({ $ref: `${id}#${fragment}` });
      compiled.set(pointer, validate);
    }
    return validate;
  };
  return {
    compile,
    validate(pointer, value) {
      const validate = compile(pointer);
      return validate(value) ? [] : describeErrors(validate.errors);
    },
  };
}

/** "/limit must be <= 1000 {"limit":1000}", one line per error. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (error) =>
      `${error.instancePath || "(root)"} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`,
  );
}
