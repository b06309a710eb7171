import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GeneratorError } from "./errors.js";
import { buildServiceModel } from "./model.js";
import type { SpecDocument } from "./spec.js";

const fixtureText = readFileSync(new URL("../test/fixtures/specs/widgets.yaml", import.meta.url), "utf8");

/** A fresh copy of the fixture spec as plain JSON, for a test to break one part of. */
function widgets(): any {
  return parse(fixtureText);
}

function model(spec: unknown) {
  return buildServiceModel("widgets", "widgets.yaml", spec as SpecDocument);
}

describe("buildServiceModel reads the fixture spec", () => {
  const built = model(widgets());

  it("names every operation and keeps the spec's order", () => {
    expect(built.operations.map((op) => [op.methodName, op.method, op.path])).toEqual([
      ["listWidgets", "GET", "/v1/{project_id}/widgets"],
      ["showWidget", "GET", "/v1/{project_id}/widgets/{widget_id}"],
      ["showBuildJob", "GET", "/v1/{project_id}/builds/{build_id}"],
    ]);
  });

  it("makes params optional only when nothing but project_id is required", () => {
    expect(built.operations.map((op) => [op.methodName, op.paramsRequired])).toEqual([
      ["listWidgets", false],
      ["showWidget", true],
      ["showBuildJob", true],
    ]);
  });

  it("collects time formats, pagination and the waiter", () => {
    const [list] = built.operations;
    expect(list?.timeFormats).toEqual({ created_after: "yyyyMMddHHmmss" });
    expect(list?.pagination).toMatchObject({ offsetParam: "offset", items: "widgets", total: "total_count" });
    expect(built.waiters).toEqual([
      {
        name: "waitForBuild",
        operation: "showBuildJob",
        operationTypeBaseName: "ShowBuildJob",
        idParam: "build_id",
        idArgument: "buildId",
        statusField: "status",
        success: ["SUCCESS"],
        failure: ["FAILED"],
        reasonField: "fail_reason",
      },
    ]);
  });

  it("lets an operation parameter override a path-level one of the same name", () => {
    const spec = widgets();
    spec.paths["/v1/{project_id}/widgets"].parameters = [{ name: "limit", in: "query", required: true }];
    const [list] = model(spec).operations;
    expect(list?.parameters.find((p) => p.name === "limit")?.required).toBe(false);
  });
});

const list = (spec: any) => spec.paths["/v1/{project_id}/widgets"].get;
const build = (spec: any) => spec.paths["/v1/{project_id}/builds/{build_id}"].get;

describe("buildServiceModel rejects a spec it cannot generate, naming the file and the problem", () => {
  it.each<[string, (spec: any) => void, RegExp]>([
    ["no regions", (s) => delete s["x-hwcloud-regions"], /x-hwcloud-regions must map at least one region/],
    [
      "a region that is not an origin",
      (s) => (s["x-hwcloud-regions"]["cn-north-4"] = "https://widgets.example.com/v1"),
      /x-hwcloud-regions\.cn-north-4 must be an origin/,
    ],
    [
      "an operation without operationId",
      (s) => delete list(s).operationId,
      /GET \/v1\/\{project_id\}\/widgets: needs an operationId/,
    ],
    [
      "two operationIds with the same method name",
      (s) => (build(s).operationId = "listWidgets"),
      /listWidgets and operationId ListWidgets both become listWidgets/,
    ],
    [
      "an operationId that shadows openapi-fetch",
      (s) => (list(s).operationId = "Use"),
      /would shadow the client's use/,
    ],
    [
      "an undeclared path parameter",
      (s) => (build(s).parameters = [{ $ref: "#/components/parameters/ProjectId" }]),
      /path parameter \{build_id\} must be declared and required/,
    ],
    [
      "a dangling $ref",
      (s) => (list(s).parameters[0] = { $ref: "#/components/parameters/Nope" }),
      /\$ref #\/components\/parameters\/Nope points at nothing/,
    ],
    ["a request body", (s) => (list(s).requestBody = { content: {} }), /ListWidgets has a requestBody/],
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
      "pagination with an odd unit",
      (s) => (list(s)["x-hwcloud-pagination"].unit = "cursor"),
      /unit must be "item" or "page"/,
    ],
    [
      "a time format on a path parameter",
      (s) => (build(s).parameters[1]["x-hwcloud-time-format"] = "yyyyMMdd"),
      /x-hwcloud-time-format on build_id must be a non-empty pattern on a query parameter/,
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
      /\.failure must be a non-empty list of states/,
    ],
  ])("%s", (_name, breakSpec, message) => {
    const spec = widgets();
    breakSpec(spec);
    let thrown: unknown;
    try {
      model(spec);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GeneratorError);
    expect((thrown as Error).message).toMatch(/^specs\/widgets\.yaml: /);
    expect((thrown as Error).message).toMatch(message);
  });
});
