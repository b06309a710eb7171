/**
 * Checks the page's examples against the drafted schema the way the spec lint does: types, enums, bounds,
 * required fields, and no field the schema does not declare. What fails is named so the draft can say so.
 */
import { isRecord, jsonTypeOf, type Schema, type Schemas } from "./draft-schema.js";

export function exampleProblems(
  value: unknown,
  schema: Schema,
  schemas: Schemas,
  at = "",
  depth = 0,
): string[] {
  if (depth > 32) return [];
  const ref =
    typeof schema.$ref === "string" ? /^#\/components\/schemas\/(.+)$/.exec(schema.$ref)?.[1] : undefined;
  if (ref !== undefined) {
    const target = schemas[ref];
    return target
      ? exampleProblems(value, target, schemas, at, depth + 1)
      : [`${at || "body"}: ${ref} is not defined`];
  }
  if (Array.isArray(schema.oneOf)) {
    const branches = (schema.oneOf as Schema[]).map((b) => exampleProblems(value, b, schemas, at, depth + 1));
    return branches.some((b) => b.length === 0) ? [] : (branches[0] ?? []);
  }
  const where = at || "body";
  const types =
    schema.type === undefined
      ? []
      : Array.isArray(schema.type)
        ? (schema.type as string[])
        : [schema.type as string];
  const actual = jsonTypeOf(value);
  if (types.length > 0 && !types.some((t) => t === actual || (t === "number" && actual === "integer")))
    return [`${where}: the example sends ${actual}, the schema says ${types.join(" or ")}`];
  const problems: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    problems.push(
      `${where}: ${JSON.stringify(value)} is not one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`,
    );
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum)
      problems.push(`${where}: ${value} is below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum)
      problems.push(`${where}: ${value} is above ${schema.maximum}`);
  }
  if (typeof value === "string") {
    if (typeof schema.minLength === "number" && value.length < schema.minLength)
      problems.push(`${where}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === "number" && value.length > schema.maxLength)
      problems.push(`${where}: longer than ${schema.maxLength}`);
  }
  if (Array.isArray(value) && isRecord(schema.items))
    value.forEach((item, i) =>
      problems.push(...exampleProblems(item, schema.items as Schema, schemas, `${where}[${i}]`, depth + 1)),
    );
  if (isRecord(value)) {
    const properties = isRecord(schema.properties)
      ? (schema.properties as Record<string, Schema>)
      : undefined;
    for (const name of Array.isArray(schema.required) ? (schema.required as string[]) : [])
      if (!(name in value)) problems.push(`${where}: required field ${name} is missing`);
    for (const [key, item] of Object.entries(value)) {
      const path = at ? `${at}.${key}` : key;
      if (properties?.[key])
        problems.push(...exampleProblems(item, properties[key], schemas, path, depth + 1));
      else if (isRecord(schema.additionalProperties))
        problems.push(
          ...exampleProblems(item, schema.additionalProperties as Schema, schemas, path, depth + 1),
        );
      else if (properties) problems.push(`${path}: the schema does not declare this field`);
    }
  }
  return problems;
}
