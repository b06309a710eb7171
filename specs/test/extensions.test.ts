import { admittedTypes, type JsonSchema, type OperationSpec } from "@hwcloud-tools/spec-model";
import { describe, expect, it } from "vitest";
import { isObject } from "./examples.js";
import { specs } from "./specs.js";

// The spec model already holds every extension to specs/x-hwcloud.schema.json and checks that it names real
// parameters and fields (its own tests prove it); these are the editorial rules on top.
const entries = specs.flatMap((spec) =>
  spec.operations.map((operation) => ({
    spec,
    operation,
    label: `${spec.service} ${operation.operationId}`,
  })),
);
const paged = entries.filter((e) => e.operation.pagination !== undefined);
const waited = entries.filter((e) => e.operation.waiter !== undefined);
const timed = entries.flatMap((e) =>
  e.operation.parameters
    .filter((p) => p.timeFormat !== undefined)
    .map((parameter) => ({ ...e, parameter, label: `${e.label} ${parameter.name}` })),
);

describe("the specs use every extension the runtime reads", () => {
  it("has paged, waited and time-formatted operations", () => {
    expect([paged.length > 0, waited.length > 0, timed.length > 0]).toEqual([true, true, true]);
  });
});

describe.each(paged.map((e) => [e.label, e] as const))(
  "%s x-hwcloud-pagination",
  (_label, { spec, operation }) => {
    it("names a numeric (or numeric text) field of the 200 body as total", () => {
      const { total } = operation.pagination!;
      if (total === undefined) return;
      const types = [...admittedTypes(spec, okBody(operation)![total])];
      expect(types.length).toBeGreaterThan(0);
      expect(types.every((t) => ["integer", "number", "string"].includes(t))).toBe(true);
    });
  },
);

describe.each(timed.map((e) => [e.label, e] as const))(
  "%s x-hwcloud-time-format",
  (_label, { parameter }) => {
    it("carries its own example, not only its schema's", () => {
      expect(parameter.raw.example, "time parameters carry an example").toEqual(expect.any(String));
    });
  },
);

describe.each(waited.map((e) => [e.label, e] as const))(
  "%s x-hwcloud-waiter",
  (_label, { spec, operation }) => {
    it("finds the status field, as text, in every 200 example", () => {
      const { statusField } = operation.waiter!;
      const examples = operation.responses["200"]!.examples;
      expect(examples.length).toBeGreaterThan(0);
      for (const value of examples) expect(isObject(value) && typeof value[statusField]).toBe("string");
      expect(admittedTypes(spec, okBody(operation)![statusField]).has("string")).toBe(true);
    });
  },
);

function okBody(operation: OperationSpec): Readonly<Record<string, JsonSchema>> | undefined {
  return operation.responses["200"]?.bodyProperties;
}
