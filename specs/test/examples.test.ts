import { createSpecSchemaValidator } from "@hwcloud-tools/spec-model";
import { describe, expect, it } from "vitest";
import { collectExamples } from "./examples.js";
import { specs } from "./specs.js";

describe.each(specs)("$specFile examples", (spec) => {
  const validator = createSpecSchemaValidator(spec.service, spec.document);
  const examples = collectExamples(spec);

  it("has examples to check", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example) => [example.where, example] as const))(
    "%s validates against its schema",
    (_where, example) => {
      expect(validator.validate(example.schemaPointer, example.value)).toEqual([]);
    },
  );

  // Guards against a validator that accepts anything (e.g. an unresolved $ref compiled to `true`).
  it.each(
    examples.filter((e) => typeof e.value === "object" && e.value !== null).map((e) => [e.where, e] as const),
  )("%s would be rejected if it were a bare number", (_where, example) => {
    expect(validator.validate(example.schemaPointer, 42)).not.toEqual([]);
  });
});
