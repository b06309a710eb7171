import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import * as ajvFormats from "ajv-formats";
import type { OpenApiDocument } from "@hwcloud/mock-cloud";

// ajv-formats is CommonJS; under NodeNext its default export sits on `.default`.
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as (
  ajv: Ajv2020,
) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false, validateSchema: false });
addFormats(ajv);
let nextId = 0;

/** Compiles a schema of `document` (its `#/components/...` refs resolve against the document's components). */
export function compileSchema(schema: unknown, document: OpenApiDocument): ValidateFunction {
  return ajv.compile({
    ...(schema as object),
    $id: `contract://${nextId++}`,
    components: document.components,
  });
}

export function schemaErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((error) => `${error.instancePath || "(body)"} ${error.message}`)
    .join("; ");
}
