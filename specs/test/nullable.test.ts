import { describe, expect, it } from "vitest";
import { collectExamples, schemaAt } from "./examples.js";
import { admittedTypes, deref, getPointer } from "./openapi-walk.js";
import { isObject, loadSpecs, type Json, type JsonObject } from "./spec-files.js";

/** Fields the doc pages show as null in an example: they must stay nullable whatever else changes. */
const documentedNulls: [spec: string, schema: string, property: string][] = [
  ["dcs", "ListCenterTasksResp", "details"],
  ["dcs", "ShowJobInfoResponse", "fail_reason"],
  ["dcs", "ErrorResponse", "error_ext_msg"],
  ["gaussdb-mysql", "TaskDetailInfo", "fail_reason"],
];

const specs = loadSpecs();

describe.each(documentedNulls)("%s %s.%s", (specName, schemaName, property) => {
  it("admits null", () => {
    const spec = specs.find((s) => s.name === specName);
    const schema = spec && getPointer(spec.doc, `#/components/schemas/${schemaName}/properties/${property}`);
    expect(isObject(schema) && admittedTypes(spec!.doc, schema).has("null")).toBe(true);
  });
});

describe.each(specs)("$file", ({ doc }) => {
  it("admits null wherever one of its examples sends null", () => {
    const nulls = collectExamples(doc).flatMap((example) =>
      nullsIn(doc, schemaAt(doc, example.schemaPointer), example.value, "").map((n) => ({
        ...n,
        where: `${example.where} ${n.path}`,
      })),
    );
    const notNullable = nulls
      .filter((n) => !(n.schema && admittedTypes(doc, n.schema).has("null")))
      .map((n) => n.where);
    expect(notNullable).toEqual([]);
  });
});

/** Every null inside `value`, paired with the schema that governs that position (undefined if none does). */
function nullsIn(
  doc: JsonObject,
  rawSchema: JsonObject | undefined,
  value: Json,
  path: string,
): { path: string; schema?: JsonObject }[] {
  if (value === null) return [{ path: path || "(root)", ...(rawSchema ? { schema: rawSchema } : {}) }];
  const schema = rawSchema && branchFor(doc, deref(doc, rawSchema, "").node, value);
  if (Array.isArray(value)) {
    const items = schema && isObject(schema.items) ? schema.items : undefined;
    return value.flatMap((item, i) => nullsIn(doc, items, item, `${path}/${i}`));
  }
  if (isObject(value)) {
    const properties = schema && isObject(schema.properties) ? schema.properties : {};
    return Object.entries(value).flatMap(([key, child]) => {
      const propertySchema = properties[key];
      return nullsIn(doc, isObject(propertySchema) ? propertySchema : undefined, child, `${path}/${key}`);
    });
  }
  return [];
}

/** For oneOf/anyOf schemas, the branch that describes a non-null value of this JSON kind. */
function branchFor(doc: JsonObject, schema: JsonObject, value: Json): JsonObject {
  const kind = Array.isArray(value) ? "array" : typeof value === "object" ? "object" : "scalar";
  const branches = [schema.oneOf, schema.anyOf].flatMap((b) => (Array.isArray(b) ? b.filter(isObject) : []));
  const match = branches.map((b) => deref(doc, b, "").node).find((b) => admittedTypes(doc, b).has(kind));
  return match ?? schema;
}
