import { buildServiceSpec } from "@hwcloud-tools/spec-model";
import { describe, expect, it } from "vitest";
import { GeneratorError } from "./errors.js";
import { compileAllowlist } from "./proxy-allowlist.js";

function specWith(
  parameters: unknown[],
  responses: Record<string, unknown> = { "200": { description: "ok" } },
) {
  return {
    openapi: "3.1.0",
    info: { title: "Svc", version: "1" },
    "x-hwcloud-regions": { "cn-north-4": "https://svc.cn-north-4.myhuaweicloud.com" },
    paths: {
      "/v1/{project_id}/items": {
        parameters: [{ $ref: "#/components/parameters/ProjectId" }],
        get: { operationId: "ListItems", parameters, responses },
      },
    },
    components: {
      parameters: {
        ProjectId: { name: "project_id", in: "path", required: true, schema: { type: "string" } },
      },
      schemas: { Limit: { type: "integer", minimum: 1, description: "page size", "x-note": 1 } },
      responses: { Throttled: { description: "slow down", headers: { "Retry-After": { schema: {} } } } },
    },
  };
}

const compile = async (spec: unknown) => compileAllowlist([await buildServiceSpec("svc", "svc.yaml", spec)]);

describe("compileAllowlist", () => {
  it("collects each operation with path-level and $ref parameters resolved and descriptive keywords dropped", async () => {
    const compiled = await compile(
      specWith([{ name: "limit", in: "query", schema: { $ref: "#/components/schemas/Limit" } }]),
    );
    expect(compiled).toEqual({
      svc: {
        regions: { "cn-north-4": "https://svc.cn-north-4.myhuaweicloud.com" },
        operations: [
          {
            operationId: "ListItems",
            method: "GET",
            path: "/v1/{project_id}/items",
            parameters: [
              { name: "project_id", in: "path", required: true, schema: { type: "string" } },
              { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1 } },
            ],
          },
        ],
      },
    });
  });

  it("records the response headers the operation's responses declare, lower-case, $refs resolved", async () => {
    const spec = specWith([], {
      "200": { description: "ok", headers: { "X-Total-Count": { schema: { type: "integer" } } } },
      "429": { $ref: "#/components/responses/Throttled" },
    });
    const [operation] = (await compile(spec)).svc!.operations;
    expect(operation!.responseHeaders).toEqual(["retry-after", "x-total-count"]);
  });

  it("records whether an operation takes a body and in which media types", async () => {
    const spec = specWith([]);
    Object.assign(spec.paths["/v1/{project_id}/items"].get, {
      requestBody: { required: true, content: { "application/json": {}, "text/plain": {} } },
    });
    const [operation] = (await compile(spec)).svc!.operations;
    expect(operation!.requestBody).toEqual({
      required: true,
      contentTypes: ["application/json", "text/plain"],
    });
  });

  it.each([
    [
      "a schema keyword it cannot enforce",
      [{ name: "q", in: "query", schema: { oneOf: [] } }],
      /keyword "oneOf"/,
    ],
    ["a cookie parameter", [{ name: "c", in: "cookie", schema: {} }], /cookie parameter "c"/],
  ])("refuses %s rather than skip a check", async (_name, parameters, message) => {
    const thrown = await compile(specWith(parameters)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(GeneratorError);
    expect((thrown as Error).message).toMatch(message);
  });
});
