/** A flattened view of a spec schema: $refs followed, a nullable oneOf/anyOf folded, allOf merged. */
import { followRef, isObject, type Json, type SpecDocument } from "./spec-index.js";

export interface SchemaView {
  /** JSON types without "null" (nullability is a spec decision the pages never state). */
  types: string[];
  nullable: boolean;
  format?: string;
  enum?: unknown[];
  /** The enum is an open value list (x-hwcloud-open-enum): known values, other strings allowed. */
  openEnum?: boolean;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  properties: Record<string, unknown>;
  /** Names listed in `required` (of the schema and its allOf parts). */
  required: string[];
  items?: unknown;
  /** The value schema of a map (`additionalProperties` as a schema). */
  additionalProperties?: unknown;
  /** The schema objects this view was built from; their notes apply to it. */
  nodes: Json[];
  pointer: string;
}

export function schemaView(spec: SpecDocument, node: unknown, pointer: string): SchemaView | undefined {
  const resolved = followRef(spec, node, pointer);
  if (!resolved) return undefined;
  const { node: schema, chain } = resolved;
  const branches = [...asArray(schema.oneOf), ...asArray(schema.anyOf)];
  if (branches.length > 0) {
    const views = branches.map((b, i) =>
      schemaView(spec, b, `${resolved.pointer}/${schema.oneOf ? "oneOf" : "anyOf"}/${i}`),
    );
    const nonNull = views.filter(
      (v): v is SchemaView => v !== undefined && !(v.types.length === 0 && v.nullable),
    );
    const nullable = views.some((v) => v?.nullable);
    if (nonNull.length === 1) {
      const inner = nonNull[0]!;
      return {
        ...inner,
        ...ownFacts(schema),
        nullable: nullable || inner.nullable,
        nodes: [...chain, ...inner.nodes],
      };
    }
    return {
      ...ownFacts(schema),
      types: [...new Set(nonNull.flatMap((v) => v.types))],
      nullable,
      properties: {},
      required: [],
      nodes: chain,
      pointer: resolved.pointer,
    };
  }
  const properties: Record<string, unknown> = {};
  const merged = [...asArray(schema.allOf).map((b) => followRef(spec, b, "")?.node), schema];
  const required: string[] = [];
  for (const part of merged) {
    if (isObject(part?.properties)) Object.assign(properties, part.properties);
    if (Array.isArray(part?.required)) required.push(...part.required.map(String));
  }
  const rawTypes = Array.isArray(schema.type)
    ? schema.type.map(String)
    : schema.type
      ? [String(schema.type)]
      : [];
  let types = rawTypes.filter((t) => t !== "null");
  if (types.length === 0 && Object.keys(properties).length > 0) types = ["object"];
  if (types.length === 0 && schema.items !== undefined) types = ["array"];
  const view: SchemaView = {
    ...ownFacts(schema),
    types,
    nullable: rawTypes.includes("null"),
    properties,
    required,
    nodes: chain,
    pointer: resolved.pointer,
  };
  if (schema.items !== undefined) view.items = schema.items;
  if (isObject(schema.additionalProperties)) view.additionalProperties = schema.additionalProperties;
  return view;
}

function ownFacts(schema: Json): Partial<SchemaView> {
  const facts: Partial<SchemaView> = {};
  const integer = schema.type === "integer";
  if (typeof schema.format === "string") facts.format = schema.format;
  if (Array.isArray(schema.enum)) facts.enum = schema.enum.filter((v) => v !== null);
  // An open value list (x-hwcloud-open-enum) is still the page's value list: compared the same way.
  else if (Array.isArray(schema["x-hwcloud-open-enum"])) {
    facts.enum = schema["x-hwcloud-open-enum"];
    facts.openEnum = true;
  }
  if (typeof schema.minimum === "number") facts.minimum = schema.minimum;
  else if (typeof schema.exclusiveMinimum === "number")
    facts.minimum = schema.exclusiveMinimum + (integer ? 1 : 0);
  if (typeof schema.maximum === "number") facts.maximum = schema.maximum;
  else if (typeof schema.exclusiveMaximum === "number")
    facts.maximum = schema.exclusiveMaximum - (integer ? 1 : 0);
  if (schema.default !== undefined) facts.default = schema.default;
  if (typeof schema.minLength === "number") facts.minLength = schema.minLength;
  if (typeof schema.maxLength === "number") facts.maxLength = schema.maxLength;
  return facts;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
