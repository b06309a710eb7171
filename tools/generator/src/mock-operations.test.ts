import { buildServiceSpec } from "@hwcloud-tools/spec-model";
import { describe, expect, it } from "vitest";
import { GeneratorError } from "./errors.js";
import { compileMockOperations } from "./mock-operations.js";

/** A one-operation spec: a time parameter, a shared parameter and a response schema behind `$ref`s. */
function specWith(path = "/v1/{project_id}/items", operationId = "ListItems") {
  return {
    openapi: "3.1.0",
    info: { title: "Svc", version: "1" },
    "x-hwcloud-regions": { "cn-north-4": "https://svc.cn-north-4.myhuaweicloud.com" },
    security: [{ akSk: [] }, { iamToken: [] }],
    paths: {
      [path]: {
        parameters: [{ $ref: "#/components/parameters/ProjectId" }],
        get: {
          operationId,
          parameters: [
            {
              name: "start_time",
              in: "query",
              "x-hwcloud-time-format": "yyyyMMddHHmmss",
              schema: { type: "string", example: "20240102030405" },
            },
          ],
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/Items" },
                  example: { items: [{ status: "DONE" }] },
                },
              },
            },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        akSk: { type: "apiKey", in: "header", name: "Authorization", "x-hwcloud-signing": "SDK-HMAC-SHA256" },
        iamToken: { type: "apiKey", in: "header", name: "X-Auth-Token" },
      },
      parameters: {
        ProjectId: { name: "project_id", in: "path", required: true, schema: { type: "string" } },
      },
      schemas: {
        Items: {
          type: "object",
          properties: { items: { type: "array", items: { $ref: "#/components/schemas/Item" } } },
        },
        Item: { type: "object", properties: { status: { type: "string", enum: ["DONE", "RUNNING"] } } },
      },
    },
  };
}

const read = (service: string, spec: unknown) => buildServiceSpec(service, `${service}.yaml`, spec);

describe("compileMockOperations", () => {
  it("writes each operation with merged parameters, schemas without $refs, credentials and time formats", async () => {
    const [operation] = compileMockOperations([await read("svc", specWith())]);
    expect(operation).toEqual({
      service: "svc",
      operationId: "ListItems",
      method: "GET",
      pathTemplate: "/v1/{project_id}/items",
      parameters: [
        { name: "project_id", in: "path", required: true, schema: { type: "string" } },
        {
          name: "start_time",
          in: "query",
          required: false,
          schema: { type: "string", example: "20240102030405" },
          example: "20240102030405",
          timeFormat: {
            pattern: "yyyyMMddHHmmss",
            regExp:
              "^(?<yyyy>[0-9]{4})(?<MM>[0-9]{2})(?<dd>[0-9]{2})(?<HH>[0-9]{2})(?<mm>[0-9]{2})(?<ss>[0-9]{2})$",
          },
        },
      ],
      auth: ["akSk", "iamToken"],
      responses: {
        "200": {
          schema: {
            type: "object",
            properties: {
              items: {
                type: "array",
                items: {
                  type: "object",
                  properties: { status: { type: "string", enum: ["DONE", "RUNNING"] } },
                },
              },
            },
          },
          examples: [{ items: [{ status: "DONE" }] }],
        },
      },
    });
    expect(JSON.stringify(operation)).not.toContain("$ref");
  });

  it("refuses two services answering the same method and path, naming both", async () => {
    const one = await read("one", specWith("/v1/{project_id}/items"));
    const two = await read("two", specWith("/v1/{project_id}/items", "GetItems"));
    expect(() => compileMockOperations([one, two])).toThrow(GeneratorError);
    expect(() => compileMockOperations([one, two])).toThrow(
      /specs\/two\.yaml: GetItems answers GET \/v1\/\{project_id\}\/items, as one ListItems does/,
    );
  });

  it("refuses a schema that refers to itself, which has no copy without $refs", async () => {
    const spec = specWith();
    (spec.components.schemas.Item.properties as Record<string, unknown>).children = {
      type: "array",
      items: { $ref: "#/components/schemas/Item" },
    };
    const model = await read("svc", spec);
    expect(() => compileMockOperations([model])).toThrow(
      /#\/components\/schemas\/Item refers back to itself/,
    );
  });
});
