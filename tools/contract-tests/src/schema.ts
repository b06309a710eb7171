import type { OpenApiDocument } from "@hwcloud/mock-cloud";
import { createAjv } from "@hwcloud-tools/spec-model";
import type { ValidateFunction } from "ajv/dist/2020.js";

const ajv = createAjv();
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
