import { admittedTypes, type Json, type ServiceSpec } from "@hwcloud-tools/spec-model";
import { describe, expect, it } from "vitest";
import { collectExamples, isObject } from "./examples.js";
import { specs } from "./specs.js";

type Schema = Readonly<Record<string, unknown>>;

/** Fields the doc pages show as null in an example: they must stay nullable whatever else changes. */
const documentedNulls: [spec: string, schema: string, property: string][] = [
  ["dcs", "ListCenterTasksResp", "details"],
  ["dcs", "ShowJobInfoResponse", "fail_reason"],
  ["dcs", "ErrorResponse", "error_ext_msg"],
  ["gaussdb-mysql", "TaskDetailInfo", "fail_reason"],
];

describe.each(documentedNulls)("%s %s.%s", (specName, schemaName, property) => {
  it("admits null", () => {
    const spec = specs.find((s) => s.service === specName);
    const schema = spec?.at(`/components/schemas/${schemaName}/properties/${property}`);
    expect(isObject(schema) && admittedTypes(spec!, schema).has("null")).toBe(true);
  });
});

describe.each(specs)("$specFile", (spec) => {
  it("admits null wherever one of its examples sends null", () => {
    const nulls = collectExamples(spec).flatMap((example) =>
      nullsIn(spec, spec.at(example.schemaPointer) as Schema, example.value, "").map((n) => ({
        ...n,
        where: `${example.where} ${n.path}`,
      })),
    );
    const notNullable = nulls
      .filter((n) => !(n.schema && admittedTypes(spec, n.schema).has("null")))
      .map((n) => n.where);
    expect(notNullable).toEqual([]);
  });
});

/** Every null inside `value`, paired with the schema that governs that position (undefined if none does). */
function nullsIn(
  spec: ServiceSpec,
  rawSchema: Schema | undefined,
  value: Json,
  path: string,
): { path: string; schema?: Schema }[] {
  if (value === null) return [{ path: path || "(root)", ...(rawSchema ? { schema: rawSchema } : {}) }];
  const schema = rawSchema && branchFor(spec, spec.follow(rawSchema).node, value);
  if (Array.isArray(value)) {
    const items = schema && isObject(schema.items) ? schema.items : undefined;
    return value.flatMap((item, i) => nullsIn(spec, items, item, `${path}/${i}`));
  }
  if (isObject(value)) {
    const properties = schema && isObject(schema.properties) ? schema.properties : {};
    return Object.entries(value).flatMap(([key, child]) => {
      const propertySchema = properties[key];
      return nullsIn(spec, isObject(propertySchema) ? propertySchema : undefined, child, `${path}/${key}`);
    });
  }
  return [];
}

/** For oneOf/anyOf schemas, the branch that describes a non-null value of this JSON kind. */
function branchFor(spec: ServiceSpec, schema: Schema, value: Json): Schema {
  const kind = Array.isArray(value) ? "array" : typeof value === "object" ? "object" : "scalar";
  const branches = [schema.oneOf, schema.anyOf].flatMap((b) => (Array.isArray(b) ? b.filter(isObject) : []));
  const match = branches.map((b) => spec.follow(b).node).find((b) => admittedTypes(spec, b).has(kind));
  return match ?? schema;
}
