import type { AllowedOperation, ScalarType, ValueSchema } from "./allowlist.js";

/** Checks path, query and header parameters against the operation's spec; returns what is wrong, empty when fine. */
export function validateParameters(
  operation: AllowedOperation,
  pathParams: Readonly<Record<string, string>>,
  query: URLSearchParams,
  headers: { get(name: string): string | null },
): string[] {
  const problems: string[] = [];
  const known = new Set<string>();
  for (const rule of operation.parameters) {
    const label = `${rule.in} parameter "${rule.name}"`;
    let values: string[];
    if (rule.in === "path") values = pathParams[rule.name] === undefined ? [] : [pathParams[rule.name]!];
    else if (rule.in === "query") {
      known.add(rule.name);
      values = query.getAll(rule.name);
    } else {
      const value = headers.get(rule.name);
      values = value === null ? [] : [value];
    }
    if (values.length === 0) {
      if (rule.required) problems.push(`${label} is required`);
      continue;
    }
    if (includesType(rule.schema, "array")) {
      for (const value of values) checkValue(rule.schema.items ?? {}, value, label, problems);
    } else if (values.length > 1) {
      problems.push(`${label} must appear once`);
    } else {
      checkValue(rule.schema, values[0]!, label, problems);
    }
  }
  for (const name of new Set(query.keys())) {
    if (!known.has(name)) problems.push(`query parameter "${name}" is not part of ${operation.operationId}`);
  }
  return problems;
}

function checkValue(schema: ValueSchema, raw: string, label: string, problems: string[]): void {
  const typed = coerce(schema, raw);
  if (typed === undefined) {
    problems.push(`${label} must be ${describeTypes(schema)}`);
    return;
  }
  if (
    schema.enum !== undefined &&
    !schema.enum.some((allowed) => allowed === typed || String(allowed) === raw)
  ) {
    problems.push(`${label} must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`);
  }
  const format = schema.format === undefined ? undefined : FORMATS[schema.format];
  if (format !== undefined && !format.test(raw)) problems.push(`${label} must be ${format.description}`);
  if (typeof typed === "number") {
    if (schema.minimum !== undefined && typed < schema.minimum)
      problems.push(`${label} must be >= ${schema.minimum}`);
    if (schema.maximum !== undefined && typed > schema.maximum)
      problems.push(`${label} must be <= ${schema.maximum}`);
    if (schema.exclusiveMinimum !== undefined && typed <= schema.exclusiveMinimum) {
      problems.push(`${label} must be > ${schema.exclusiveMinimum}`);
    }
    if (schema.exclusiveMaximum !== undefined && typed >= schema.exclusiveMaximum) {
      problems.push(`${label} must be < ${schema.exclusiveMaximum}`);
    }
  }
  if (typeof typed === "string") {
    const length = [...typed].length;
    if (schema.minLength !== undefined && length < schema.minLength) {
      problems.push(`${label} must be at least ${schema.minLength} characters`);
    }
    if (schema.maxLength !== undefined && length > schema.maxLength) {
      problems.push(`${label} must be at most ${schema.maxLength} characters`);
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(typed)) {
      problems.push(`${label} must match ${schema.pattern}`);
    }
  }
}

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };

const FORMATS: Record<
  NonNullable<ValueSchema["format"]>,
  { test(raw: string): boolean; description: string }
> = {
  uuid: {
    test: (raw) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(raw),
    description: "a UUID",
  },
  int32: {
    test: (raw) => /^-?\d+$/.test(raw) && Number(raw) >= INT32.min && Number(raw) <= INT32.max,
    description: "a 32-bit integer",
  },
  int64: {
    test: (raw) => /^-?\d+$/.test(raw) && BigInt(raw) >= INT64.min && BigInt(raw) <= INT64.max,
    description: "a 64-bit integer",
  },
  "date-time": {
    test: (raw) =>
      /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(raw) &&
      !Number.isNaN(Date.parse(raw)),
    description: "an RFC 3339 date-time",
  },
  date: {
    test: (raw) => /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)),
    description: "an RFC 3339 date",
  },
};

/** Reads a URL/header string as the first declared type it fits; undefined when it fits none. */
function coerce(schema: ValueSchema, raw: string): string | number | boolean | undefined {
  const types =
    schema.type === undefined ? [] : typeof schema.type === "string" ? [schema.type] : schema.type;
  if (types.length === 0) return raw;
  for (const type of types) {
    if (type === "string") return raw;
    if (type === "integer" && /^-?\d+$/.test(raw)) return Number(raw);
    if (type === "number" && /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw)) return Number(raw);
    if (type === "boolean" && (raw === "true" || raw === "false")) return raw === "true";
  }
  return undefined;
}

function includesType(schema: ValueSchema, type: ScalarType): boolean {
  return schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));
}

function describeTypes(schema: ValueSchema): string {
  const types = typeof schema.type === "string" ? [schema.type] : (schema.type ?? []);
  return types
    .filter((t) => t !== "null")
    .map((t) => (t === "integer" ? "an integer" : `a ${t}`))
    .join(" or ");
}
