import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readSpecs, renderAllowlist } from "../scripts/render-allowlist.js";
import { AllowlistCompileError, compileAllowlist } from "./compile-allowlist.js";
import { allowlist } from "./generated/allowlist.js";

const specsDir = fileURLToPath(new URL("../../../specs/", import.meta.url));
const generatedFile = fileURLToPath(new URL("./generated/allowlist.ts", import.meta.url));

function specWith(parameters: unknown[], extra: Record<string, unknown> = {}) {
  return {
    "x-hwcloud-regions": { "cn-north-4": "https://svc.cn-north-4.myhuaweicloud.com" },
    paths: {
      "/v1/{project_id}/items": {
        parameters: [{ $ref: "#/components/parameters/ProjectId" }],
        get: { operationId: "ListItems", parameters },
      },
    },
    components: {
      parameters: {
        ProjectId: { name: "project_id", in: "path", required: true, schema: { type: "string" } },
      },
      schemas: { Limit: { type: "integer", minimum: 1, description: "page size", "x-note": 1 } },
      ...extra,
    },
  };
}

describe("compileAllowlist", () => {
  it("collects each operation with path-level and $ref parameters resolved and descriptive keywords dropped", () => {
    const compiled = compileAllowlist({
      svc: specWith([{ name: "limit", in: "query", schema: { $ref: "#/components/schemas/Limit" } }]),
    });
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

  it("records the response headers the operation's responses declare, lower-case, $refs resolved", () => {
    const spec = specWith([]);
    Object.assign(spec.paths["/v1/{project_id}/items"].get, {
      responses: {
        "200": { description: "ok", headers: { "X-Total-Count": { schema: { type: "integer" } } } },
        "429": { $ref: "#/components/responses/Throttled" },
      },
    });
    Object.assign(spec.components, {
      responses: { Throttled: { description: "slow down", headers: { "Retry-After": { schema: {} } } } },
    });
    const [operation] = compileAllowlist({ svc: spec }).svc!.operations;
    expect(operation!.responseHeaders).toEqual(["retry-after", "x-total-count"]);
  });

  it.each([
    [
      "a schema keyword it cannot enforce",
      [{ name: "q", in: "query", schema: { oneOf: [] } }],
      /keyword "oneOf"/,
    ],
    ["a cookie parameter", [{ name: "c", in: "cookie", schema: {} }], /cookie parameter "c"/],
    ["a dangling $ref", [{ $ref: "#/components/parameters/Nope" }], /points nowhere/],
  ])("refuses %s rather than skip a check", (_name, parameters, message) => {
    expect(() => compileAllowlist({ svc: specWith(parameters) })).toThrow(AllowlistCompileError);
    expect(() => compileAllowlist({ svc: specWith(parameters) })).toThrow(message);
  });

  it("lists exactly the operations of specs/ in the committed allowlist", () => {
    const specs = readSpecs(specsDir) as Record<string, { paths: Record<string, Record<string, unknown>> }>;
    const fromSpecs = Object.entries(specs).flatMap(([service, doc]) =>
      Object.entries(doc.paths).flatMap(([path, item]) =>
        Object.keys(item)
          .filter((key) => ["get", "put", "post", "delete", "patch", "head", "options"].includes(key))
          .map((method) => `${service} ${method.toUpperCase()} ${path}`),
      ),
    );
    const listed = Object.entries(allowlist).flatMap(([service, { operations }]) =>
      operations.map((op) => `${service} ${op.method} ${op.path}`),
    );
    expect(listed.sort()).toEqual(fromSpecs.sort());
  });

  it("keeps src/generated/allowlist.ts in step with specs/ (run `pnpm --filter @hwcloud/proxy generate`)", async () => {
    expect(readFileSync(generatedFile, "utf8")).toBe(await renderAllowlist(specsDir, generatedFile));
  });
});
