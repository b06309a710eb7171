import { readFileSync } from "node:fs";
import { buildServiceSpec, parseSpec } from "@hwcloud-tools/spec-model";
import { describe, expect, it } from "vitest";
import { GeneratorError } from "./errors.js";
import { buildServiceModel } from "./model.js";

const fixtureText = readFileSync(new URL("../test/fixtures/specs/widgets.yaml", import.meta.url), "utf8");

/** A fresh copy of the fixture spec, for a test to break one part of. */
function widgets(): any {
  return parseSpec("widgets.yaml", fixtureText);
}

async function model(spec: unknown) {
  return buildServiceModel(await buildServiceSpec("widgets", "widgets.yaml", spec));
}

describe("buildServiceModel names what the spec model read from the fixture spec", () => {
  it("names every operation and keeps the spec's order", async () => {
    const built = await model(widgets());
    expect(built.operations.map((op) => [op.methodName, op.method, op.path])).toEqual([
      ["listWidgets", "GET", "/v1/{project_id}/widgets"],
      ["createWidget", "POST", "/v1/{project_id}/widgets"],
      ["showWidget", "GET", "/v1/{project_id}/widgets/{widget_id}"],
      ["showBuildJob", "GET", "/v1/{project_id}/builds/{build_id}"],
    ]);
  });

  it("makes params optional only when nothing but project_id is required", async () => {
    const built = await model(widgets());
    expect(built.operations.map((op) => [op.methodName, op.paramsRequired])).toEqual([
      ["listWidgets", false],
      ["createWidget", true],
      ["showWidget", true],
      ["showBuildJob", true],
    ]);
  });

  it("names the waiter's polled method and id argument", async () => {
    const built = await model(widgets());
    expect(built.waiters).toEqual([
      {
        name: "waitForBuild",
        descriptor: {
          operation: "showBuildJob",
          idParam: "build_id",
          statusField: "status",
          success: ["SUCCESS"],
          failure: ["FAILED"],
          reasonField: "fail_reason",
        },
        operationTypeBaseName: "ShowBuildJob",
        idArgument: "buildId",
      },
    ]);
  });
});

const list = (spec: any) => spec.paths["/v1/{project_id}/widgets"].get;
const build = (spec: any) => spec.paths["/v1/{project_id}/builds/{build_id}"].get;

// What the spec model rejects (broken $refs, paging over missing parameters, ...) is tested in
// tools/spec-model; these are the names only the generated package cares about.
describe("buildServiceModel rejects a spec it cannot generate, naming the file and the problem", () => {
  it.each<[string, (spec: any) => void, RegExp]>([
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
      "a waiter that shadows an operation's method",
      (s) => (build(s)["x-hwcloud-waiter"].name = "listWidgets"),
      /waiter listWidgets and operationId ListWidgets both become listWidgets/,
    ],
  ])("%s", async (_name, breakSpec, message) => {
    const spec = widgets();
    breakSpec(spec);
    const thrown = await model(spec).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(GeneratorError);
    expect((thrown as Error).message).toMatch(/^specs\/widgets\.yaml: /);
    expect((thrown as Error).message).toMatch(message);
  });
});
