import { describe, expect, it } from "vitest";
import { specs } from "./specs.js";

const operations = specs.flatMap((spec) =>
  spec.operations.map((operation) => ({
    spec,
    operation,
    label: `${spec.service} ${operation.operationId}`,
  })),
);

describe("spec discovery", () => {
  it("finds at least the four documented services", () => {
    expect(specs.map((s) => s.service)).toEqual(
      expect.arrayContaining(["dcs", "dws", "gaussdb-mysql", "kafka"]),
    );
  });

  it("gives every operation a unique operationId across all specs", () => {
    const ids = operations.map((o) => o.operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(operations.map((o) => [o.label, o] as const))("%s", (_label, { spec, operation }) => {
  it("has Huawei's PascalCase operationId, a summary, a description and a tag", () => {
    expect(operation.operationId).toMatch(/^[A-Z][A-Za-z0-9]+$/);
    expect(operation.summary).toEqual(expect.any(String));
    expect(operation.description).toEqual(expect.any(String));
    expect(operation.tags).toEqual([expect.any(String)]);
  });

  it("links Huawei's API reference page for it (externalDocs), which docs:check fetches", () => {
    expect(operation.externalDocs).toMatchObject({
      url: expect.stringMatching(
        /^https:\/\/support\.huaweicloud\.com\/api-[a-z0-9-]+\/[A-Za-z0-9_]+\.html$/,
      ),
    });
  });

  it("types every parameter and describes it", () => {
    for (const parameter of operation.parameters) {
      expect(["path", "query", "header"]).toContain(parameter.in);
      expect(parameter.description, parameter.name).toEqual(expect.any(String));
      expect(parameter.schema.type, parameter.name).toBeTruthy();
    }
  });

  it("answers 200 with a JSON body schema", () => {
    expect(operation.responses["200"]?.schema).toEqual(expect.any(Object));
  });

  it("gives every documented error status the ErrorResponse body", () => {
    const errors = Object.entries(operation.responses).filter(([status]) => /^[45]/.test(status));
    expect(errors.length).toBeGreaterThan(0);
    for (const [status, response] of errors) {
      expect(response.schema, status).toEqual({ $ref: "#/components/schemas/ErrorResponse" });
    }
  });

  it("is secured only by schemes the spec defines", () => {
    expect(operation.security.length).toBeGreaterThan(0);
    for (const requirement of operation.security)
      for (const name of Object.keys(requirement)) expect(spec.securitySchemes).toHaveProperty(name);
  });

  it("declares x-hwcloud-pagination if and only if it is a List operation", () => {
    expect(operation.pagination !== undefined).toBe(operation.operationId.startsWith("List"));
  });
});
