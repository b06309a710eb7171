import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import extensionSchema from "../../../specs/x-hwcloud.schema.json" with { type: "json" };
import { SpecModelError } from "./errors.js";
import { escapePointer, isRecord } from "./json-pointer.js";
import { createAjv } from "./schema-validator.js";

const PREFIX = "x-hwcloud-";

let compiled: { document: ValidateFunction; byName: Map<string, ValidateFunction> } | undefined;

/** specs/x-hwcloud.schema.json compiled once: the whole-document schema and one validator per extension. */
function validators() {
  if (compiled === undefined) {
    const ajv = createAjv();
    ajv.addSchema(extensionSchema);
    const id = extensionSchema.$id;
    const byName = new Map(
      Object.keys(extensionSchema.$defs)
        .filter((name) => name.startsWith(PREFIX))
        .map((name) => [name, ajv.getSchema(`${id}#/$defs/${name}`)!]),
    );
    compiled = { document: ajv.getSchema(id)!, byName };
  }
  return compiled;
}

/**
 * Checks every `x-hwcloud-*` key of the document against specs/x-hwcloud.schema.json: each value against the
 * definition named after it (an extension the schema does not define is an error), and the document as a
 * whole, which says where each extension may sit.
 */
export function validateExtensions(specFile: string, document: unknown): void {
  const { document: validateDocument, byName } = validators();
  for (const { pointer, name, value } of findExtensions(document)) {
    const validate = byName.get(name);
    if (validate === undefined) {
      throw new SpecModelError(
        specFile,
        `${pointer}: ${name} is not an extension specs/x-hwcloud.schema.json defines`,
      );
    }
    if (!validate(value))
      throw new SpecModelError(specFile, `${pointer}: ${describe(name, validate.errors)}`);
  }
  if (!validateDocument(document)) {
    const error = validateDocument.errors![0]!;
    throw new SpecModelError(specFile, `${error.instancePath || "/"}: ${describePlacement(error)}`);
  }
}

/** An error of the whole-document schema, which says where each extension may sit. */
function describePlacement(error: ErrorObject): string {
  if (error.keyword === "false schema") return `${error.instancePath.split("/").at(-1)} is not allowed here`;
  if (error.keyword === "required") return `needs ${String(error.params.missingProperty)}`;
  if (error.keyword === "const" && error.instancePath.endsWith("/in")) {
    return `x-hwcloud-time-format is only for query parameters (this one is not)`;
  }
  return error.message ?? "is invalid";
}

function describe(name: string, errors: readonly ErrorObject[] | null | undefined): string {
  const error = errors?.[0];
  if (error === undefined) return `${name} is invalid`;
  const field = error.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const subject = field === "" ? name : `${name}.${field}`;
  const detail =
    error.keyword === "additionalProperties"
      ? `has an unknown key ${JSON.stringify(error.params.additionalProperty)}`
      : error.keyword === "enum"
        ? `must be one of ${JSON.stringify(error.params.allowedValues)}`
        : (error.message ?? "is invalid");
  return `${subject} ${detail}`;
}

/** Every `x-hwcloud-*` key with its JSON pointer, outside example payloads (those are data, not spec). */
function findExtensions(node: unknown, pointer = ""): { pointer: string; name: string; value: unknown }[] {
  if (Array.isArray(node))
    return node.flatMap((child, index) => findExtensions(child, `${pointer}/${index}`));
  if (!isRecord(node)) return [];
  return Object.entries(node).flatMap(([key, child]) => {
    if (key === "example" || key === "examples" || key === "default" || key === "enum" || key === "const")
      return [];
    const here = `${pointer}/${escapePointer(key)}`;
    return key.startsWith(PREFIX)
      ? [{ pointer: pointer || "/", name: key, value: child }]
      : findExtensions(child, here);
  });
}
