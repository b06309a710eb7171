import { OPEN_ENUM, type JsonSchema } from "./mock-operation.js";
import type { Random } from "./random.js";
import { timeStyleOf, writeTime } from "./time-fields.js";

/** What the spec's examples show, used to make generated values look like the service's. */
export interface ExampleHints {
  /** Property name -> every value the examples give it. */
  values: Map<string, unknown[]>;
}

export interface GenerationContext {
  random: Random;
  hints: ExampleHints;
  /** Generated times fall shortly before this instant. */
  now: number;
}

const MAX_DEPTH = 6;

/** Collects property values from example bodies, walking nested objects and arrays. */
export function collectHints(examples: readonly unknown[]): ExampleHints {
  const values = new Map<string, unknown[]>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== "object" || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      values.set(key, [...(values.get(key) ?? []), value]);
      walk(value);
    }
  };
  examples.forEach(walk);
  return { values };
}

/**
 * A value valid against `schema`, shaped like the examples: optional properties are generated when the examples
 * show them (all of them when the examples show none), strings reuse example values or their shape.
 */
export function generateValue(
  schema: JsonSchema,
  context: GenerationContext,
  name?: string,
  depth = 0,
): unknown {
  const { random } = context;
  const hints = name === undefined ? [] : (context.hints.values.get(name) ?? []);
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum)) return random.pick(schema.enum);
  // An open value list: the service may send other strings too, but the known ones are what data looks like.
  if (Array.isArray(schema[OPEN_ENUM])) return random.pick(schema[OPEN_ENUM] as unknown[]);
  const variants = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (variants) {
    const nullable = variants.some((v) => v.type === "null");
    if (nullable && hints.includes(null) && random.next() < 0.3) return null;
    const concrete = variants.filter((variant) => variant.type !== "null");
    return generateValue(random.pick(concrete.length ? concrete : variants), context, name, depth);
  }
  if (Array.isArray(schema.allOf)) return generateValue(mergeAllOf(schema), context, name, depth);

  const types = ([] as string[]).concat((schema.type as string | string[] | undefined) ?? inferType(schema));
  if (types.includes("null") && hints.includes(null) && random.next() < 0.3) return null;
  const usableHints = hints.filter((hint) => hint !== null && allows(types, jsonType(hint)));
  const picked = usableHints.length ? jsonType(random.pick(usableHints)) : undefined;
  const type =
    picked === "integer" && !types.includes("integer")
      ? "number"
      : (picked ?? types.find((t) => t !== "null"));

  switch (type) {
    case "object":
      return depth >= MAX_DEPTH ? {} : generateObject(schema, context, depth);
    case "array": {
      if (depth >= MAX_DEPTH) return [];
      return Array.from({ length: random.int(usableHints.length ? 1 : 0, 2) }, () =>
        generateValue((schema.items as JsonSchema | undefined) ?? {}, context, name, depth + 1),
      );
    }
    case "string":
      return generateString(
        schema,
        context,
        name,
        usableHints.filter((h): h is string => typeof h === "string"),
      );
    case "integer":
    case "number": {
      const numeric = usableHints.filter((h): h is number => typeof h === "number");
      if (numeric.length) return random.pick(numeric);
      const min = typeof schema.minimum === "number" ? schema.minimum : 0;
      const max = typeof schema.maximum === "number" ? schema.maximum : Math.max(min, 100);
      const whole = random.int(Math.ceil(min), Math.floor(Math.min(max, min + 1000)));
      return type === "integer" ? whole : Math.min(max, whole + random.int(0, 3) / 4);
    }
    case "boolean":
      return random.next() < 0.5;
    default:
      return null;
  }
}

function generateObject(
  schema: JsonSchema,
  context: GenerationContext,
  depth: number,
): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const shown = Object.keys(properties).filter((key) => context.hints.values.has(key));
  const included = Object.keys(properties).filter(
    (key) => required.has(key) || shown.length === 0 || shown.includes(key),
  );
  return Object.fromEntries(
    included.map((key) => [key, generateValue(properties[key] ?? {}, context, key, depth + 1)]),
  );
}

function generateString(
  schema: JsonSchema,
  context: GenerationContext,
  name: string | undefined,
  hints: string[],
): string {
  const { random } = context;
  const sample = hints.length ? random.pick(hints) : undefined;
  const style = timeStyleOf(sample) ?? (schema.format === "date-time" ? "iso-millis-z" : undefined);
  if (style !== undefined) return String(writeTime(context.now - random.int(0, 30 * 86_400_000), style));
  if (name === "id" || name?.endsWith("_id")) {
    // A fresh id in the example's shape: its hex digits replaced, everything else kept.
    return sample === undefined ? uuid(random) : sample.replace(/[0-9a-f]/g, () => random.hex(1));
  }
  if (sample !== undefined) return sample;
  if (schema.format === "uuid") return uuid(random);
  return `${name ?? "value"}-${random.int(1, 999)}`;
}

function uuid(random: Random): string {
  const hex = random.hex(32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function mergeAllOf(schema: JsonSchema): JsonSchema {
  const parts = schema.allOf as JsonSchema[];
  return {
    type: "object",
    properties: Object.assign({}, ...parts.map((part) => part.properties ?? {}), schema.properties ?? {}),
    required: parts.flatMap((part) => (part.required ?? []) as string[]),
  };
}

function inferType(schema: JsonSchema): string[] {
  if (schema.properties) return ["object"];
  if (schema.items) return ["array"];
  return ["string"];
}

function allows(types: string[], type: string): boolean {
  return types.includes(type) || (type === "integer" && types.includes("number"));
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
