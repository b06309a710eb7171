import type { MockOperation } from "@hwcloud/mock-cloud";
import fc from "fast-check";

type Schema = Record<string, unknown>;
type Parameter = MockOperation["parameters"][number];

/** Parameters a caller sets (the project id comes from the client's options unless overridden). */
export function callerParameters(operation: MockOperation): Parameter[] {
  return operation.parameters.filter((p) => p.in === "path" || p.in === "query" || p.in === "header");
}

export function timeFormatOf(parameter: Parameter): string | undefined {
  return parameter.timeFormat?.pattern;
}

function types(schema: Schema): string[] {
  return ([] as string[]).concat((schema.type as string | string[] | undefined) ?? "string");
}

/**
 * Values the spec accepts for a parameter: its enum, integers within its bounds (and, for paging parameters,
 * within the x-hwcloud-pagination rules: offsets from `first`, page sizes from 1 up to maxLimit), strings
 * matching its pattern, Dates for time parameters (the client writes them in the documented format).
 */
export function validValue(operation: MockOperation, parameter: Parameter): fc.Arbitrary<unknown> {
  if (timeFormatOf(parameter)) {
    return fc.date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2099-12-31T23:59:59Z"),
      noInvalidDate: true,
    });
  }
  const { schema } = parameter;
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const pagination = operation.pagination;
  const kinds = types(schema);
  if (parameter.name === pagination?.offsetParam && kinds.includes("string")) {
    // An offset sent as text (GaussDB): the digits of a valid offset.
    return fc.integer({ min: pagination.first, max: 100_000 }).map(String);
  }
  if (kinds.includes("integer") || kinds.includes("number")) {
    let min = typeof schema.minimum === "number" ? schema.minimum : -1_000_000;
    let max = typeof schema.maximum === "number" ? schema.maximum : 1_000_000;
    if (parameter.name === pagination?.offsetParam) min = Math.max(min, pagination.first);
    if (parameter.name === pagination?.limitParam) {
      min = Math.max(min, 1);
      max = Math.min(max, pagination.maxLimit ?? 1000);
    }
    return kinds.includes("integer")
      ? fc.integer({ min, max })
      : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  }
  if (kinds.includes("boolean")) return fc.boolean();
  if (typeof schema.pattern === "string") return fc.stringMatching(new RegExp(schema.pattern));
  if (schema.format === "uuid") return fc.uuid();
  const minLength = Math.max(
    typeof schema.minLength === "number" ? schema.minLength : 0,
    parameter.in === "path" ? 1 : 0,
  );
  const text = fc.string({
    unit: "grapheme",
    minLength,
    maxLength: typeof schema.maxLength === "number" ? schema.maxLength : 24,
  });
  // A URL path cannot carry "." or ".." as a segment: every URL parser folds them away.
  return parameter.in === "path" ? text.filter((value) => value !== "." && value !== "..") : text;
}

/** A whole parameter set: every required parameter, and any subset of the optional ones. */
export function validParameterSet(
  operation: MockOperation,
): fc.Arbitrary<Record<string, Record<string, unknown>>> {
  const groups: Record<string, Record<string, fc.Arbitrary<unknown>>> = {};
  const required: Record<string, string[]> = {};
  for (const parameter of callerParameters(operation)) {
    (groups[parameter.in] ??= {})[parameter.name] = validValue(operation, parameter);
    if (parameter.required || parameter.in === "path") (required[parameter.in] ??= []).push(parameter.name);
  }
  return fc.record(
    Object.fromEntries(
      Object.entries(groups).map(([location, values]) => [
        location,
        fc.record(values, { requiredKeys: required[location] ?? [] }),
      ]),
    ),
  );
}

/** The example value of a parameter (its own, else its schema's), or undefined when the spec gives none. */
export function exampleValue(operation: MockOperation, parameter: Parameter): unknown {
  const { schema } = parameter;
  return (
    parameter.example ?? schema.example ?? (Array.isArray(schema.examples) ? schema.examples[0] : undefined)
  );
}

/** A value the spec refuses for the parameter, with why; undefined when the schema accepts any text. */
export function invalidValue(
  operation: MockOperation,
  parameter: Parameter,
): { value: unknown; why: string } | undefined {
  if (timeFormatOf(parameter))
    return { value: "yesterday", why: `not in the ${timeFormatOf(parameter)} format` };
  const { schema } = parameter;
  if (Array.isArray(schema.enum)) return { value: "not-one-of-the-enum", why: "outside the enum" };
  const kinds = types(schema);
  if (kinds.includes("integer") || kinds.includes("number")) {
    if (typeof schema.minimum === "number") return { value: schema.minimum - 1, why: "below the minimum" };
    if (typeof schema.maximum === "number") return { value: schema.maximum + 1, why: "above the maximum" };
    return { value: "NaN-text", why: "not a number" };
  }
  if (kinds.includes("boolean")) return { value: "maybe", why: "not a boolean" };
  if (typeof schema.pattern === "string")
    return { value: "@@no-match@@", why: `not matching ${schema.pattern}` };
  if (schema.format === "uuid") return { value: "not-a-uuid", why: "not a uuid" };
  return undefined;
}
