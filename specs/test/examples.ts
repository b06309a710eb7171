import { escapePointer, type Json, type JsonObject, type ServiceSpec } from "@hwcloud-tools/spec-model";

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
export function collectExamples(spec: ServiceSpec): DocExample[] {
  const found: DocExample[] = [];
  visit(spec.document as unknown as Json, "", (node, pointer) => {
    if (isObject(node.schema) && ("example" in node || "examples" in node)) {
      const schemaPointer = spec.follow(node.schema, `${pointer}/schema`).pointer;
      if ("example" in node)
        found.push({ where: `${pointer}/example`, schemaPointer, value: node.example ?? null });
      if (isObject(node.examples)) {
        for (const [key, raw] of Object.entries(node.examples)) {
          if (!isObject(raw)) continue;
          const example = spec.follow(raw, `${pointer}/examples/${key}`).node;
          if ("value" in example)
            found.push({
              where: `${pointer}/examples/${key}`,
              schemaPointer,
              value: (example.value ?? null) as Json,
            });
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
  return found.map((example) => ({ ...example, where: readablePointer(spec, example.where) }));
}

/** "/paths/~1v2~1tasks/get/parameters/1/example" -> "GET /v2/tasks parameter limit example". */
export function readablePointer(spec: ServiceSpec, pointer: string): string {
  const segments = pointer.split("/").slice(1);
  const words: string[] = [];
  segments.forEach((raw, index) => {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const child = spec.at(`/${segments.slice(0, index + 1).join("/")}`);
    if (segments[index - 1] === "paths" && index === 1)
      words.push(segments[index + 1]?.toUpperCase() ?? "", segment);
    else if (index === 2 && segments[0] === "paths") {
      // the method, already written
    } else if (segments[index - 1] === "parameters" && isObject(child) && typeof child.name === "string") {
      words.push(child.name);
    } else if (segment !== "paths" && segment !== "content")
      words.push(segment === "parameters" ? "parameter" : segment);
  });
  return words.join(" ");
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
      visit(child, `${pointer}/${escapePointer(key)}`, onObject);
    }
  }
}
