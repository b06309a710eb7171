import { describe, expect, it } from "vitest";
import { deref, operationsOf } from "./openapi-walk.js";
import { isObject, loadSpecs, type JsonObject } from "./spec-files.js";

const specs = loadSpecs();
const operations = specs.flatMap((spec) =>
  operationsOf(spec.doc).map((operation) => ({
    ...operation,
    spec,
    label: `${spec.name} ${String(operation.op.operationId)}`,
  })),
);

describe("spec discovery", () => {
  it("finds at least the four documented services", () => {
    expect(specs.map((s) => s.name)).toEqual(
      expect.arrayContaining(["dcs", "dws", "gaussdb-mysql", "kafka"]),
    );
  });

  it("gives every operation a unique operationId across all specs", () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(operations.map((o) => [o.label, o] as const))("%s", (_label, operation) => {
  const { doc } = operation.spec;

  it("has Huawei's PascalCase operationId, a summary, a description and a tag", () => {
    expect(operation.op.operationId).toMatch(/^[A-Z][A-Za-z0-9]+$/);
    expect(operation.op.summary).toEqual(expect.any(String));
    expect(operation.op.description).toEqual(expect.any(String));
    expect(operation.op.tags).toEqual([expect.any(String)]);
  });

  it("links Huawei's API reference page for it (externalDocs), which docs:check fetches", () => {
    expect(operation.op.externalDocs).toMatchObject({
      url: expect.stringMatching(
        /^https:\/\/support\.huaweicloud\.com\/api-[a-z0-9-]+\/[A-Za-z0-9_]+\.html$/,
      ),
    });
  });

  it("declares exactly its path's placeholders as required path parameters", () => {
    const placeholders = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
    const pathParams = operation.parameters.filter((p) => p.param.in === "path");
    expect(pathParams.map((p) => p.param.name).sort()).toEqual(placeholders);
    for (const { param } of pathParams) expect(param.required, String(param.name)).toBe(true);
  });

  it("types every parameter and describes it", () => {
    for (const { param } of operation.parameters) {
      expect(["path", "query", "header"]).toContain(param.in);
      expect(param.description, String(param.name)).toEqual(expect.any(String));
      expect(
        isObject(param.schema) && deref(doc, param.schema, "").node.type,
        String(param.name),
      ).toBeTruthy();
    }
  });

  it("answers 200 with a JSON body schema", () => {
    const response = responseAt(doc, operation.op, "200");
    expect(response && isObject(response.content) && response.content["application/json"]).toMatchObject({
      schema: expect.any(Object),
    });
  });

  it("gives every documented error status the ErrorResponse body", () => {
    const statuses = Object.keys(isObject(operation.op.responses) ? operation.op.responses : {});
    const errors = statuses.filter((status) => /^[45]/.test(status));
    expect(errors.length).toBeGreaterThan(0);
    for (const status of errors) {
      const media = responseAt(doc, operation.op, status)?.content;
      expect(isObject(media) && media["application/json"], status).toMatchObject({
        schema: { $ref: "#/components/schemas/ErrorResponse" },
      });
    }
  });

  it("is secured only by schemes the spec defines", () => {
    const requirements = (operation.op.security ?? doc.security) as JsonObject[] | undefined;
    const schemes =
      isObject(doc.components) && isObject(doc.components.securitySchemes)
        ? doc.components.securitySchemes
        : {};
    expect(requirements?.length).toBeGreaterThan(0);
    for (const requirement of requirements ?? [])
      for (const name of Object.keys(requirement)) expect(schemes).toHaveProperty(name);
  });

  it("declares x-hwcloud-pagination if and only if it is a List operation", () => {
    const isList = String(operation.op.operationId).startsWith("List");
    expect(isObject(operation.op["x-hwcloud-pagination"])).toBe(isList);
  });
});

function responseAt(doc: JsonObject, op: JsonObject, status: string): JsonObject | undefined {
  const raw = isObject(op.responses) ? op.responses[status] : undefined;
  return isObject(raw) ? deref(doc, raw, "").node : undefined;
}
