import { describe, expect, it } from "vitest";
import { buildServiceSpec, inlineRefs } from "./index.js";

const spec = buildServiceSpec("svc", "svc.yaml", {
  openapi: "3.1.0",
  info: { title: "Svc", version: "1" },
  "x-hwcloud-regions": { "cn-north-4": "https://svc.cn-north-4.myhuaweicloud.com" },
  paths: {
    "/v1/items": { get: { operationId: "ListItems", responses: { "200": { description: "The items." } } } },
  },
  components: {
    schemas: {
      Id: { type: "string", format: "uuid" },
      Pair: {
        type: "object",
        properties: { a: { $ref: "#/components/schemas/Id" }, "b/c": { $ref: "#/components/schemas/Id" } },
      },
      Described: { $ref: "#/components/schemas/Id", description: "an id", maxLength: 36 },
      Loop: { type: "object", properties: { next: { $ref: "#/components/schemas/Loop" } } },
    },
  },
});

describe("inlineRefs", () => {
  it("replaces every $ref, however deep, by a copy of its target", async () => {
    const model = await spec;
    expect(inlineRefs(model, model.at("/components/schemas/Pair"), "/components/schemas/Pair")).toEqual({
      type: "object",
      properties: { a: { type: "string", format: "uuid" }, "b/c": { type: "string", format: "uuid" } },
    });
  });

  it("keeps a $ref's sibling keywords beside an allOf of its target, as 2020-12 reads them", async () => {
    const model = await spec;
    expect(
      inlineRefs(model, model.at("/components/schemas/Described"), "/components/schemas/Described"),
    ).toEqual({
      description: "an id",
      maxLength: 36,
      allOf: [{ type: "string", format: "uuid" }],
    });
  });

  it("refuses a schema that refers to itself, naming the spec and the pointer", async () => {
    const model = await spec;
    expect(() => inlineRefs(model, model.at("/components/schemas/Loop"), "/components/schemas/Loop")).toThrow(
      /^specs\/svc\.yaml: \/components\/schemas\/Loop\/properties\/next: #\/components\/schemas\/Loop refers back to itself/,
    );
  });
});
