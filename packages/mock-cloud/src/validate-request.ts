import { MockRequestError } from "./error-response.js";
import type { JsonSchema, MockOperation, MockParameter } from "./mock-operation.js";
import { describeSchemaErrors, type SchemaValidator } from "./schema-validator.js";
import { readTimeParameter } from "./time-parameter.js";

/** Parameter values of a request that passed validation, typed as the spec declares them. */
export interface ValidatedParameters {
  path: Record<string, string>;
  query: Record<string, unknown>;
  /** Time parameters (those with `x-hwcloud-time-format`) as epoch milliseconds. */
  times: Record<string, number>;
}

/** Checks a request's path, query and header parameters against the operation; one per operation. */
export class RequestValidator {
  private readonly validateBody?: (body: unknown) => boolean;
  private readonly checks: {
    location: "path" | "query" | "header";
    validate: (values: unknown) => boolean;
  }[];
  private readonly timeFormats = new Map<string, { pattern: string; regExp: RegExp }>();

  constructor(
    private readonly operation: MockOperation,
    validator: SchemaValidator,
    private readonly ignoredHeaders: Set<string>,
    private readonly errorCode: string,
  ) {
    if (operation.requestBody) {
      const compiled = validator.compile(operation.requestBody.schema);
      this.validateBody = (body) => {
        if (compiled(body)) return true;
        throw this.invalid(describeSchemaErrors(compiled.errors, "request body"));
      };
    }
    this.checks = (["path", "query", "header"] as const).map((location) => {
      const parameters = this.parametersIn(location);
      const schema: JsonSchema = {
        type: "object",
        properties: Object.fromEntries(parameters.map((p) => [keyOf(p), p.schema])),
        required: parameters.filter((p) => p.required || p.in === "path").map(keyOf),
        additionalProperties: location !== "query",
      };
      const compiled = validator.compile(schema);
      return {
        location,
        validate: (values: unknown) => {
          if (compiled(values)) return true;
          throw this.invalid(describeSchemaErrors(compiled.errors, `${location} parameter`));
        },
      };
    });
    for (const parameter of this.parametersIn("query")) {
      const format = parameter.timeFormat;
      if (format)
        this.timeFormats.set(parameter.name, { pattern: format.pattern, regExp: new RegExp(format.regExp) });
    }
  }

  /** A path value as the cloud reads it; an escape that is not UTF-8 (`%FF`) is the caller's error, a 400. */
  private decodePath(name: string, raw: string): string {
    try {
      return decodeURIComponent(raw);
    } catch {
      throw this.invalid(`path parameter ${name} is not valid percent-encoded UTF-8`);
    }
  }

  /** Throws a 400 MockRequestError naming the first problem found. */
  validate(url: URL, rawPathValues: ReadonlyMap<string, string>, headers: Headers): ValidatedParameters {
    const path = Object.fromEntries(
      [...rawPathValues].map(([name, raw]) => [name, this.decodePath(name, raw)]),
    );
    const query = this.readQuery(url.searchParams);
    const headerValues: Record<string, unknown> = {};
    for (const parameter of this.parametersIn("header")) {
      const value = headers.get(parameter.name);
      if (value !== null) headerValues[keyOf(parameter)] = this.coerce(parameter, [value]);
    }
    const values = {
      path: Object.fromEntries(
        this.parametersIn("path").map((p) => [p.name, this.coerce(p, [path[p.name] ?? ""])]),
      ),
      query,
      header: headerValues,
    };
    for (const check of this.checks) check.validate(values[check.location]);
    return { path, query, times: this.readTimes(query) };
  }

  /** Checks a JSON request body against the operation's requestBody schema (400 when it does not fit). */
  validateJsonBody(text: string): void {
    const expected = this.operation.requestBody;
    if (!expected) return;
    if (text === "") {
      if (expected.required) throw this.invalid("the request body is required");
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw this.invalid("the request body is not valid JSON");
    }
    this.validateBody?.(body);
  }

  private readQuery(searchParams: URLSearchParams): Record<string, unknown> {
    const declared = new Map(this.parametersIn("query").map((p) => [p.name, p]));
    const query: Record<string, unknown> = {};
    for (const name of new Set(searchParams.keys())) {
      const parameter = declared.get(name);
      if (!parameter)
        throw this.invalid(`query parameter ${name} is not a parameter of ${this.operation.operationId}`);
      query[name] = this.coerce(parameter, searchParams.getAll(name));
    }
    return query;
  }

  private readTimes(query: Record<string, unknown>): Record<string, number> {
    const times: Record<string, number> = {};
    for (const [name, { pattern, regExp }] of this.timeFormats) {
      const value = query[name];
      if (typeof value !== "string") continue;
      const ms = readTimeParameter(value, regExp);
      if (ms === undefined)
        throw this.invalid(`query parameter ${name} must be formatted as ${pattern}, got ${value}`);
      times[name] = ms;
    }
    return times;
  }

  /** Query, path and header values arrive as text; read them as the type the parameter's schema declares. */
  private coerce(parameter: MockParameter, raw: string[]): unknown {
    const { schema } = parameter;
    const types = ([] as unknown[]).concat(schema.type ?? []);
    if (types.includes("array")) {
      const items = (schema.items as JsonSchema | undefined) ?? {};
      return raw.flatMap((value) => value.split(",")).map((value) => coerceScalar(value, items));
    }
    if (raw.length > 1)
      throw this.invalid(`${parameter.in} parameter ${parameter.name} is given ${raw.length} times`);
    return coerceScalar(raw[0] ?? "", schema);
  }

  private parametersIn(location: MockParameter["in"]): MockParameter[] {
    return this.operation.parameters.filter(
      (p) => p.in === location && !(location === "header" && this.ignoredHeaders.has(p.name.toLowerCase())),
    );
  }

  private invalid(message: string): MockRequestError {
    return new MockRequestError(400, this.errorCode, message);
  }
}

function keyOf(parameter: MockParameter): string {
  return parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name;
}

function coerceScalar(value: string, schema: JsonSchema): unknown {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(value))
    return Number(value);
  if (types.includes("boolean") && (value === "true" || value === "false")) return value === "true";
  return value;
}
