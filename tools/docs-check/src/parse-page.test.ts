import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PageParseError } from "./page-model.js";
import { parsePage } from "./parse-page.js";
import { fixturesDir } from "./test-support.js";

const parseFixture = (name: string) => parsePage(readFileSync(join(fixturesDir, name), "utf8"), name);

describe("parsePage on a Chinese page with one cell per line", () => {
  const { page, problems } = parseFixture("list-widgets.zh.txt");

  it("reads the URI line, title and the operation name from the SDK sample", () => {
    expect(page).toMatchObject({
      method: "GET",
      path: "/v1/{project_id}/widgets",
      uriLine: 11,
      title: "查询小部件列表",
    });
    expect(page.operationName).toBe("ListWidgets");
  });

  it("reads rows whether or not the required cell is filled in", () => {
    expect(page.params.map((p) => [p.in, p.name, p.required])).toEqual([
      ["path", "project_id", true],
      ["query", "marker", undefined],
      ["query", "page_size", false],
      ["query", "colour", undefined],
      ["query", "since", undefined],
      ["header", "X-Auth-Token", true],
    ]);
  });

  it("reads enums, bounds, defaults and time formats out of the descriptions", () => {
    const byName = Object.fromEntries(page.params.map((p) => [p.name, p]));
    expect(byName.page_size).toMatchObject({ minimum: 1, maximum: 200, default: 20 });
    expect(byName.colour?.enum).toEqual(["red", "blue"]);
    expect(byName.since?.timeFormat).toBe("yyyy-MM-ddTHH:mm:ssZ");
  });

  it("nests the object tables a response field refers to", () => {
    const body = page.responses.find((r) => r.status === "200")!.fields!;
    const widgets = body.find((f) => f.name === "widgets")!;
    expect(widgets.type).toMatchObject({
      kind: "array",
      items: { kind: "object", objectName: "WidgetItem" },
    });
    expect(widgets.children?.map((f) => f.name)).toEqual(["id", "size", "tags", "owner"]);
    const owner = widgets.children!.find((f) => f.name === "owner")!;
    expect(owner.children?.map((f) => [f.name, f.type.kind])).toEqual([["name", "string"]]);
    expect(widgets.children!.find((f) => f.name === "size")).toMatchObject({ minimum: 1 });
  });

  it("reads error tables, the status table, and the JSON examples", () => {
    expect(page.responses.map((r) => r.status)).toEqual(["200", "400"]);
    expect(page.statusCodes.map((s) => s.status)).toEqual(["200", "400"]);
    expect(page.responseExamples).toEqual([
      {
        status: "200",
        line: 193,
        value: { total: 1, widgets: [{ id: "w-1", size: 3, tags: ["round"], owner: { name: "ann" } }] },
      },
    ]);
    expect(page.requestExamplePaths).toEqual([{ path: "/v1/{project_id}/widgets", line: 185 }]);
    expect(problems).toEqual([]);
  });
});

describe("parsePage on an English page with pipe rows", () => {
  const { page, problems } = parseFixture("show-widget.en.txt");

  it("reads pipe cells, including a description that spans several lines", () => {
    expect(page.params.map((p) => [p.in, p.name, p.required])).toEqual([
      ["path", "project_id", true],
      ["path", "widget_id", true],
    ]);
    const fields = page.responses[0]!.fields!;
    expect(fields.map((f) => [f.name, f.type.kind])).toEqual([
      ["id", "string"],
      ["state", "string"],
      ["weight", "number"],
    ]);
    expect(fields[1]!.enum).toEqual(["ACTIVE", "RETIRED"]);
  });

  it("reads a pipe row whose required cell is empty", () => {
    const text = readFileSync(join(fixturesDir, "show-widget.en.txt"), "utf8").replace(
      "widget_id |\nYes |",
      "widget_id |\n|",
    );
    const params = parsePage(text, "show-widget.en.txt").page.params;
    expect(params.map((p) => [p.name, p.required])).toEqual([
      ["project_id", true],
      ["widget_id", undefined],
    ]);
  });

  it("reads English headings, status markers and the status table", () => {
    expect(page.statusCodes.map((s) => [s.status, s.description])).toEqual([
      ["200", "Shown."],
      ["404", "No such widget."],
    ]);
    expect(page.responseExamples[0]).toMatchObject({
      status: "200",
      value: { id: "w-1", state: "ACTIVE", weight: 2.5 },
    });
    expect(page.operationName).toBe("ShowWidget");
    expect(problems).toEqual([]);
  });
});

describe("parsePage on what it cannot read", () => {
  it("names each unreadable spot with its line instead of guessing", () => {
    const { page, problems } = parseFixture("unreadable.zh.txt");
    expect(problems).toEqual([
      { line: 11, message: 'cannot read the type "Strng" of "kind"' },
      { line: 15, message: '"mode" announces a list of values but the page lists none' },
      { line: 22, message: '"items" refers to GadgetInfo, but the page has no table for it' },
      { line: 27, message: expect.stringMatching(/^cannot read the example body as JSON/) },
    ]);
    expect(page.params.find((p) => p.name === "kind")?.type).toEqual({ kind: "unknown", raw: "Strng" });
    expect(page.responseExamples).toEqual([]);
  });

  it("refuses a page without a URI line, naming the URI section's line", () => {
    expect(() => parseFixture("no-uri.zh.txt")).toThrow(PageParseError);
    expect(() => parseFixture("no-uri.zh.txt")).toThrow(/line 4: no URI line/);
  });
});
