import { describe, expect, it } from "vitest";
import {
  admittedTypes,
  deref,
  operationsOf,
  propertySchema,
  successSchema,
  type Operation,
} from "./openapi-walk.js";
import { isObject, loadSpecs, type Json, type JsonObject } from "./spec-files.js";
import { timeFormatRegExp } from "./time-format.js";

const entries = loadSpecs().flatMap((spec) =>
  operationsOf(spec.doc).map((operation) => ({
    doc: spec.doc,
    operation,
    label: `${spec.name} ${String(operation.op.operationId)}`,
  })),
);
const paged = entries.filter((e) => isObject(e.operation.op["x-hwcloud-pagination"]));
const waited = entries.filter((e) => isObject(e.operation.op["x-hwcloud-waiter"]));
const timed = entries.flatMap((e) =>
  e.operation.parameters
    .filter((p) => "x-hwcloud-time-format" in p.param)
    .map((p) => ({ ...e, param: p.param, label: `${e.label} ${String(p.param.name)}` })),
);

describe("the specs use every extension the runtime reads", () => {
  it("has paged, waited and time-formatted operations", () => {
    expect([paged.length > 0, waited.length > 0, timed.length > 0]).toEqual([true, true, true]);
  });
});

describe.each(paged.map((e) => [e.label, e] as const))(
  "%s x-hwcloud-pagination",
  (_label, { doc, operation }) => {
    const pagination = operation.op["x-hwcloud-pagination"] as JsonObject;
    const body = successSchema(doc, operation);
    const offsetParam = queryParam(operation, pagination.offsetParam);
    const limitParam = queryParam(operation, pagination.limitParam);

    it("has only the contract's keys, with valid unit and first", () => {
      const allowed = [
        "offsetParam",
        "limitParam",
        "unit",
        "first",
        "items",
        "total",
        "defaultLimit",
        "maxLimit",
        "limitValues",
      ];
      expect(Object.keys(pagination).filter((key) => !allowed.includes(key))).toEqual([]);
      expect(["item", "page"]).toContain(pagination.unit);
      expect([0, 1]).toContain(pagination.first);
    });

    it("names real query parameters for the offset and the limit", () => {
      expect(offsetParam, String(pagination.offsetParam)).toBeDefined();
      expect(limitParam, String(pagination.limitParam)).toBeDefined();
    });

    it("names an array field of the 200 body as items, and a numeric field as total", () => {
      expect(body).toBeDefined();
      const items = propertySchema(doc, body!.schema, String(pagination.items));
      expect(items && [...admittedTypes(doc, items)], String(pagination.items)).toEqual(["array"]);
      if (pagination.total !== undefined) {
        const total = propertySchema(doc, body!.schema, String(pagination.total));
        expect(total, String(pagination.total)).toBeDefined();
        const types = [...admittedTypes(doc, total!)];
        expect(types.length).toBeGreaterThan(0);
        expect(types.every((t) => ["integer", "number", "string"].includes(t))).toBe(true);
      }
    });

    it("agrees with the parameters' documented default, maximum and allowed values", () => {
      const offsetSchema = schemaOf(doc, offsetParam);
      const limitSchema = schemaOf(doc, limitParam);
      if (offsetSchema?.default !== undefined) expect(Number(offsetSchema.default)).toBe(pagination.first);
      if (offsetSchema?.minimum !== undefined)
        expect(offsetSchema.minimum).toBeLessThanOrEqual(Number(pagination.first));
      expect(pagination.defaultLimit).toBe(
        limitSchema?.default === undefined ? undefined : Number(limitSchema.default),
      );
      expect(pagination.maxLimit).toBe(limitSchema?.maximum);
      expect(pagination.limitValues).toEqual(
        Array.isArray(limitSchema?.enum) ? limitSchema.enum.map(Number) : undefined,
      );
    });
  },
);

describe.each(timed.map((e) => [e.label, e] as const))(
  "%s x-hwcloud-time-format",
  (_label, { doc, param }) => {
    const format = String(param["x-hwcloud-time-format"]);

    it("is a string query parameter", () => {
      expect(param.in).toBe("query");
      expect([...admittedTypes(doc, param.schema as JsonObject)]).toEqual(["string"]);
    });

    it("is written with the shared tokens, and its example follows it", () => {
      const pattern = timeFormatRegExp(format);
      expect(param.example, "time parameters carry an example").toEqual(expect.any(String));
      expect(String(param.example)).toMatch(pattern);
    });
  },
);

describe.each(waited.map((e) => [e.label, e] as const))(
  "%s x-hwcloud-waiter",
  (_label, { doc, operation }) => {
    const waiter = operation.op["x-hwcloud-waiter"] as JsonObject;
    const body = successSchema(doc, operation);

    it("has the contract's keys and a camelCase name", () => {
      const required = ["name", "idParam", "statusField", "success", "failure"];
      expect(Object.keys(waiter).filter((key) => ![...required, "reasonField"].includes(key))).toEqual([]);
      for (const key of required) expect(waiter, key).toHaveProperty(key);
      expect(waiter.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
    });

    it("takes the waited-for id as a path parameter", () => {
      expect(
        operation.parameters.find((p) => p.param.in === "path" && p.param.name === waiter.idParam),
      ).toBeDefined();
    });

    it("reads status and reason fields that the 200 body has", () => {
      expect(propertySchema(doc, body!.schema, String(waiter.statusField))).toBeDefined();
      if (waiter.reasonField !== undefined)
        expect(propertySchema(doc, body!.schema, String(waiter.reasonField))).toBeDefined();
    });

    it("has non-empty, disjoint success and failure states", () => {
      const success = waiter.success as Json[];
      const failure = waiter.failure as Json[];
      expect(success.length).toBeGreaterThan(0);
      expect(failure.length).toBeGreaterThan(0);
      expect(success.filter((s) => failure.includes(s))).toEqual([]);
    });

    it("finds the status field, as text, in every 200 example", () => {
      const examples = responseExamples(doc, operation);
      expect(examples.length).toBeGreaterThan(0);
      for (const value of examples)
        expect(isObject(value) && typeof value[String(waiter.statusField)]).toBe("string");
    });
  },
);

function queryParam(operation: Operation, name: Json | undefined): JsonObject | undefined {
  return operation.parameters.find((p) => p.param.in === "query" && p.param.name === name)?.param;
}

function schemaOf(doc: JsonObject, param: JsonObject | undefined): JsonObject | undefined {
  return param && isObject(param.schema) ? deref(doc, param.schema, "").node : undefined;
}

function responseExamples(doc: JsonObject, operation: Operation): Json[] {
  const responses = operation.op.responses as JsonObject;
  const response = deref(doc, responses["200"] as JsonObject, "").node;
  const media = (response.content as JsonObject)["application/json"] as JsonObject;
  return Object.values((media.examples ?? {}) as JsonObject).map(
    (e) => deref(doc, e as JsonObject, "").node.value ?? null,
  );
}
