import { deref, getPointer } from "./openapi-walk.js";
import { isObject, type Json, type JsonObject } from "./spec-files.js";

export interface DocExample {
  /** Where the example sits, readable, e.g. "GET /v2/{project_id}/tasks parameter limit example". */
  readonly where: string;
  /** JSON pointer of the schema the example must satisfy. */
  readonly schemaPointer: string;
  readonly value: Json;
}

/**
 * Every example in a spec: `example`/`examples` of parameters, headers and media types (checked against their
 * `schema`) and `examples`/`example` written inside schemas (checked against that schema).
 */
export function collectExamples(doc: JsonObject): DocExample[] {
  const found: DocExample[] = [];
  visit(doc, "", (node, pointer) => {
    if (isObject(node.schema) && ("example" in node || "examples" in node)) {
      const schemaPointer = deref(doc, node.schema, `${pointer}/schema`).pointer;
      if ("example" in node)
        found.push({ where: `${pointer}/example`, schemaPointer, value: node.example ?? null });
      if (isObject(node.examples)) {
        for (const [key, raw] of Object.entries(node.examples)) {
          if (!isObject(raw)) continue;
          const example = deref(doc, raw, `${pointer}/examples/${key}`).node;
          if ("value" in example)
            found.push({ where: `${pointer}/examples/${key}`, schemaPointer, value: example.value ?? null });
        }
      }
    } else if (isSchema(node)) {
      if (Array.isArray(node.examples)) {
        node.examples.forEach((value, index) =>
          found.push({ where: `${pointer}/examples/${index}`, schemaPointer: pointer, value }),
        );
      }
      if ("example" in node)
        found.push({ where: `${pointer}/example`, schemaPointer: pointer, value: node.example ?? null });
    }
  });
  return found.map((example) => ({ ...example, where: readablePointer(doc, example.where) }));
}

/** "/paths/~1v2~1tasks/get/parameters/1/example" -> "GET /v2/tasks parameter limit example". */
export function readablePointer(doc: JsonObject, pointer: string): string {
  const segments = pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const words: string[] = [];
  let node: Json | undefined = doc;
  segments.forEach((segment, index) => {
    const child: Json | undefined = Array.isArray(node)
      ? node[Number(segment)]
      : isObject(node)
        ? node[segment]
        : undefined;
    if (segments[index - 1] === "paths" && index === 1)
      words.push(segments[index + 1]?.toUpperCase() ?? "", segment);
    else if (index === 2 && segments[0] === "paths") {
      // the method, already written
    } else if (segments[index - 1] === "parameters" && isObject(child) && typeof child.name === "string") {
      words.push(child.name);
    } else if (segment !== "paths" && segment !== "content")
      words.push(segment === "parameters" ? "parameter" : segment);
    node = child;
  });
  return words.join(" ");
}

/** Pointer of the schema inside `doc`, checked to exist. */
export function schemaAt(doc: JsonObject, pointer: string): JsonObject {
  const node = getPointer(doc, `#${pointer}`);
  if (!isObject(node)) throw new Error(`no schema at ${pointer}`);
  return node;
}

function isSchema(node: JsonObject): boolean {
  return ["type", "properties", "items", "oneOf", "anyOf", "allOf", "enum", "$ref"].some(
    (key) => key in node,
  );
}

function visit(node: Json, pointer: string, onObject: (node: JsonObject, pointer: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => visit(child, `${pointer}/${index}`, onObject));
  } else if (isObject(node)) {
    onObject(node, pointer);
    for (const [key, child] of Object.entries(node)) {
      // Example payloads are data, not spec structure: never look for examples inside them.
      if (key === "example" || key === "value" || (key === "examples" && Array.isArray(child))) continue;
      visit(child, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, onObject);
    }
  }
}
