import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildServiceSpec, loadSpecModel, parseSpec, SpecModelError, type ServiceSpec } from "./index.js";

const specsDir = fileURLToPath(new URL("../../../specs/", import.meta.url));
const fixtureText = readFileSync(
  new URL("../../generator/test/fixtures/specs/widgets.yaml", import.meta.url),
  "utf8",
);

/** A fresh copy of the widgets fixture spec, for a test to break one part of. */
function widgets(): any {
  return parseSpec("widgets.yaml", fixtureText);
}
const list = (spec: any) => spec.paths["/v1/{project_id}/widgets"].get;
const build = (spec: any) => spec.paths["/v1/{project_id}/builds/{build_id}"].get;
const read = (spec: unknown): Promise<ServiceSpec> => buildServiceSpec("widgets", "widgets.yaml", spec);

describe("loadSpecModel reads every spec of specs/", () => {
  it("reads the four services in file name order, each with operations and regions", async () => {
    const model = await loadSpecModel(specsDir);
    expect(model.services.map((s) => s.service)).toEqual(
      expect.arrayContaining(["dcs", "dws", "gaussdb-mysql", "kafka"]),
    );
    expect(model.services.map((s) => s.service)).toEqual(model.services.map((s) => s.service).sort());
    for (const service of model.services) {
      expect(service.operations.length, service.service).toBeGreaterThan(0);
      expect(Object.keys(service.regions).length, service.service).toBeGreaterThan(0);
    }
  });
});

describe("buildServiceSpec reads the widgets fixture", () => {
  it("merges path-level and operation-level parameters, $refs followed, the operation's own winning", async () => {
    const spec = widgets();
    spec.paths["/v1/{project_id}/widgets"].parameters = [
      { name: "limit", in: "query", required: true, schema: { type: "string" } },
      { name: "X-Trace", in: "header", schema: { type: "string" } },
    ];
    const [operation] = (await read(spec)).operations;
    const names = operation!.parameters.map((p) => `${p.in}:${p.name}`);
    expect(names).toEqual([
      "query:limit",
      "header:X-Trace",
      "path:project_id",
      "query:status",
      "query:created_after",
      "query:offset",
    ]);
    expect(operation!.parameters[0]).toMatchObject({
      required: false,
      schema: { type: "integer", maximum: 100 },
    });
    expect(operation!.parameters[2]).toMatchObject({
      pointer: "/components/parameters/ProjectId",
      required: true,
    });
  });

  it("reads paging, time formats, the waiter, responses and security", async () => {
    const model = await read(widgets());
    const byId = (id: string) => model.operations.find((operation) => operation.operationId === id);
    const [listOp, buildOp] = [byId("ListWidgets"), byId("ShowBuildJob")];
    expect(listOp!.pagination).toEqual({
      offsetParam: "offset",
      limitParam: "limit",
      unit: "item",
      first: 0,
      items: "widgets",
      total: "total_count",
      defaultLimit: 10,
      maxLimit: 100,
    });
    expect(listOp!.timeFormats).toEqual({ created_after: "yyyyMMddHHmmss" });
    expect(listOp!.responses["200"]).toMatchObject({
      schema: { $ref: "#/components/schemas/ListWidgetsResponse" },
      schemaPointer: "/paths/~1v1~1{project_id}~1widgets/get/responses/200/content/application~1json/schema",
    });
    expect(Object.keys(listOp!.responses["200"]!.bodyProperties!)).toContain("widgets");
    expect(buildOp!.waiter).toEqual({
      name: "waitForBuild",
      idParam: "build_id",
      statusField: "status",
      success: ["SUCCESS"],
      failure: ["FAILED"],
      reasonField: "fail_reason",
    });
    expect(listOp!.security).toEqual([{ akSk: [] }, { iamToken: [] }]);
  });

  it("reads a JSON request body with its media types, schema and example", async () => {
    const create = (await read(widgets())).operations.find((o) => o.operationId === "CreateWidget");
    expect(create!.requestBody).toEqual({
      required: true,
      contentTypes: ["application/json"],
      schema: { $ref: "#/components/schemas/CreateWidgetRequest" },
      schemaPointer: "/paths/~1v1~1{project_id}~1widgets/post/requestBody/content/application~1json/schema",
      examples: [{ name: "first widget" }],
    });
  });

  it("lists every x-hwcloud-deviation note with where it sits", async () => {
    const spec = widgets();
    list(spec).parameters[1]["x-hwcloud-deviation"] = {
      kind: "enum",
      doc: "Two states.",
      reason: "Three seen.",
    };
    expect((await read(spec)).deviations).toEqual([
      {
        pointer: "/paths/~1v1~1{project_id}~1widgets/get/parameters/1",
        kind: "enum",
        doc: "Two states.",
        reason: "Three seen.",
      },
    ]);
  });
});

describe("buildServiceSpec rejects a spec it cannot read, naming the file and the problem", () => {
  it.each<[string, (spec: any) => void, RegExp]>([
    ["not OpenAPI 3.1", (s) => (s.openapi = "3.0.3"), /must declare openapi: 3\.1\.x/],
    ["no regions", (s) => delete s["x-hwcloud-regions"], /\/: needs x-hwcloud-regions/],
    [
      "a region that is not an origin",
      (s) => (s["x-hwcloud-regions"]["cn-north-4"] = "https://widgets.example.com/v1"),
      /x-hwcloud-regions\.cn-north-4 must match pattern/,
    ],
    [
      "an operation without operationId",
      (s) => delete list(s).operationId,
      /GET \/v1\/\{project_id\}\/widgets: needs an operationId/,
    ],
    [
      "a repeated operationId",
      (s) => (build(s).operationId = "ListWidgets"),
      /operationId ListWidgets is used by/,
    ],
    [
      "an undeclared path parameter",
      (s) => (build(s).parameters = [{ $ref: "#/components/parameters/ProjectId" }]),
      /path parameter \{build_id\} must be declared and required/,
    ],
    [
      "a path parameter the path does not have",
      (s) =>
        list(s).parameters.push({ name: "zone", in: "path", required: true, schema: { type: "string" } }),
      /path parameter zone is not a placeholder of the path/,
    ],
    [
      "a dangling $ref",
      (s) => (list(s).parameters[0] = { $ref: "#/components/parameters/Nope" }),
      /\$ref #\/components\/parameters\/Nope points at nothing/,
    ],
    [
      "an extension the schema does not define",
      (s) => (list(s)["x-hwcloud-retries"] = 3),
      /x-hwcloud-retries is not an extension/,
    ],
    [
      "pagination with a key the contract lacks",
      (s) => (list(s)["x-hwcloud-pagination"].cursor = "next"),
      /x-hwcloud-pagination has an unknown key "cursor"/,
    ],
    [
      "pagination with an odd unit",
      (s) => (list(s)["x-hwcloud-pagination"].unit = "cursor"),
      /unit must be one of \["item","page"\]/,
    ],
    [
      "pagination over a parameter that does not exist",
      (s) => (list(s)["x-hwcloud-pagination"].offsetParam = "start"),
      /x-hwcloud-pagination\.offsetParam must name a query parameter/,
    ],
    [
      "pagination items that are not an array",
      (s) => (list(s)["x-hwcloud-pagination"].items = "total_count"),
      /x-hwcloud-pagination\.items must name an array field of the 200 body/,
    ],
    [
      "a default page size the limit parameter does not document",
      (s) => (list(s)["x-hwcloud-pagination"].defaultLimit = 20),
      /x-hwcloud-pagination\.defaultLimit must repeat the limit parameter's 10/,
    ],
    [
      "a first offset other than the offset parameter's default",
      (s) => (list(s)["x-hwcloud-pagination"].first = 1),
      /x-hwcloud-pagination\.first must be the offset parameter's default \(0\)/,
    ],
    [
      "a time parameter whose example is not in its format",
      (s) => (list(s).parameters[2].schema.example = "2024-01-02"),
      /created_after needs an example written in its x-hwcloud-time-format yyyyMMddHHmmss/,
    ],
    [
      "pagination on a path item",
      (s) => (s.paths["/v1/{project_id}/widgets"]["x-hwcloud-pagination"] = list(s)["x-hwcloud-pagination"]),
      /x-hwcloud-pagination is not allowed here/,
    ],
    [
      "a time format with a token outside the shared set",
      (s) => (list(s).parameters[2]["x-hwcloud-time-format"] = "YYYYMMDDHHmmss"),
      /x-hwcloud-time-format must match pattern/,
    ],
    [
      "a time format on a path parameter",
      (s) => (build(s).parameters[1]["x-hwcloud-time-format"] = "yyyyMMdd"),
      /parameters\/1\/in: x-hwcloud-time-format is only for query parameters/,
    ],
    [
      "a waiter on a parameter that is not in the path",
      (s) => (build(s)["x-hwcloud-waiter"].idParam = "job_id"),
      /ShowBuildJob: x-hwcloud-waiter\.idParam must name a path parameter/,
    ],
    [
      "a waiter watching a field the body lacks",
      (s) => (build(s)["x-hwcloud-waiter"].statusField = "state"),
      /x-hwcloud-waiter\.statusField must name a field of the 200 body/,
    ],
    [
      "a waiter without failure states",
      (s) => (build(s)["x-hwcloud-waiter"].failure = []),
      /x-hwcloud-waiter\.failure must NOT have fewer than 1 items/,
    ],
    [
      "a waiter whose state both succeeds and fails",
      (s) => (build(s)["x-hwcloud-waiter"].failure = ["SUCCESS"]),
      /lists SUCCESS as both a success and a failure state/,
    ],
    [
      "a deviation of an unknown kind",
      (s) => (list(s)["x-hwcloud-deviation"] = { kind: "typo", doc: "a", reason: "b" }),
      /x-hwcloud-deviation/,
    ],
    [
      "a signing algorithm the signer does not implement",
      (s) => (s.components.securitySchemes.akSk["x-hwcloud-signing"] = "SDK-HMAC-SHA1"),
      /x-hwcloud-signing must be equal to constant/,
    ],
  ])("%s", async (_name, breakSpec, message) => {
    const spec = widgets();
    breakSpec(spec);
    const thrown = await read(spec).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(SpecModelError);
    expect((thrown as Error).message).toMatch(/^specs\/widgets\.yaml: /);
    expect((thrown as Error).message).toMatch(message);
  });
});
