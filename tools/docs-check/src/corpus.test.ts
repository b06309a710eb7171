/**
 * The drafter on page layouts it was not built with (fixtures/corpus: pages written for this project in the
 * structures Huawei's API reference uses across services). One block per promise of the drafter.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { specDocumentOf } from "@hwcloud-tools/spec-model";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { checkPageText, drift } from "./check.js";
import { draftOperation, operationIdOf } from "./draft.js";
import { DraftMergeError, draftSpec, mergeDraft } from "./draft-spec.js";
import type { Schema } from "./draft-schema.js";
import { parsePage } from "./parse-page.js";
import { fixturesDir } from "./test-support.js";

const corpus = join(fixturesDir, "corpus");
const read = (name: string) => readFileSync(join(corpus, name), "utf8");
const parse = (name: string, text = read(name)) => parsePage(text, join(corpus, name));
const draftOf = (name: string, text?: string) => draftOperation(parse(name, text).page);
const operationOf = (draft: ReturnType<typeof draftOperation>) =>
  Object.values(Object.values(draft.paths)[0]!)[0]! as Schema & {
    parameters: Schema[];
    responses: Record<string, Schema>;
  };
const param = (draft: ReturnType<typeof draftOperation>, name: string) =>
  operationOf(draft).parameters.find((p) => p.name === name);
const schemaOf = (draft: ReturnType<typeof draftOperation>, name: string) =>
  draft.components.schemas[name] as { properties: Record<string, Schema>; required?: string[] };

describe("layouts", () => {
  it("reads a compact pipe page with no table titles: parameters, body, nested tables, errors", () => {
    const { page, problems } = parse("ListPipelines.txt");
    expect(problems).toEqual([]);
    expect(page.params.map((p) => `${p.in}:${p.name}`)).toEqual([
      "path:project_id",
      "query:offset",
      "query:limit",
      "query:name",
      "header:X-Auth-Token",
      "header:Content-Type",
      "header:X-Language",
    ]);
    expect(page.responses.map((r) => r.status)).toEqual(["200", "401", "403"]);
    const pipelines = page.responses[0]!.fields!.find((f) => f.name === "pipelines")!;
    expect(pipelines.children!.map((f) => f.name)).toEqual([
      "pipeline_id",
      "name",
      "labels",
      "stages",
      "triggers",
    ]);
    const stages = pipelines.children!.find((f) => f.name === "stages")!;
    expect(stages.children!.map((f) => f.name)).toEqual(["stage_name", "duration", "state"]);
  });

  it("decides path or query from the URI template when one table holds both", () => {
    const draft = draftOf("ListPipelines.txt");
    expect(param(draft, "project_id")).toMatchObject({ in: "path", required: true });
    expect(param(draft, "limit")).toMatchObject({ in: "query" });
    expect(param(draft, "limit")!.required).toBeUndefined();
  });

  it("reads an English line-per-cell page with Mandatory Yes/No and a response table without it", () => {
    const { page, problems } = parse("alarm-rules.en.txt");
    expect(problems).toEqual([]);
    expect(page.params.map((p) => [p.name, p.in, p.required])).toEqual([
      ["project_id", "path", true],
      ["page", "query", false],
      ["size", "query", false],
      ["keyword", "query", false],
      ["sort", "query", false],
      ["X-Auth-Token", "header", true],
    ]);
    expect(page.responses[0]!.fields!.every((f) => f.required === undefined)).toBe(true);
  });

  it("matches uncaptioned object tables to their types by the example's keys, whatever their order", () => {
    // Swap the StageInfo and PipelineInfo tables: the example still says which table is which.
    const text = read("ListPipelines.txt");
    const header = "参数 |\n参数类型 |\n描述 |\n---|---|---|\n";
    const pipelineStart = text.indexOf(`${header}pipeline_id`);
    const stageStart = text.indexOf(`${header}stage_name`);
    const stageEnd = text.indexOf("状态码: 401");
    const swapped =
      text.slice(0, pipelineStart) +
      text.slice(stageStart, stageEnd) +
      text.slice(pipelineStart, stageStart) +
      text.slice(stageEnd);
    expect(swapped).not.toBe(text);
    const draft = draftOf("ListPipelines.txt", swapped);
    expect(Object.keys(schemaOf(draft, "PipelineInfo").properties)).toContain("stages");
    expect(Object.keys(schemaOf(draft, "StageInfo").properties)).toEqual(["stage_name", "duration", "state"]);
  });
});

describe("types", () => {
  const pipes = draftOf("ListPipelines.txt");
  const alarms = draftOf("alarm-rules.en.txt");
  const rule = schemaOf(alarms, "AlarmRule").properties;

  it("maps Int, Integer and Long to int32/int64, Float/Double/Number to numbers, Boolean to boolean", () => {
    expect(param(pipes, "offset")!.schema).toMatchObject({ type: "integer", format: "int32" });
    expect(schemaOf(pipes, "ListPipelinesResponse").properties.total).toMatchObject({
      type: "integer",
      format: "int64",
    });
    expect(rule.ratio).toMatchObject({ type: "number", format: "float" });
    expect(rule.weight).toMatchObject({ type: "number", format: "double" });
    expect(rule.score).toMatchObject({ type: "number" });
    expect(rule.score!.format).toBeUndefined();
    expect(rule.enabled).toMatchObject({ type: "boolean" });
  });

  it("drafts Map<String,String> and Map<String,X> as additionalProperties", () => {
    expect(schemaOf(pipes, "PipelineInfo").properties.labels).toMatchObject({
      type: "object",
      additionalProperties: { type: "string" },
    });
    expect(rule.thresholds).toMatchObject({
      type: "object",
      additionalProperties: { $ref: "#/components/schemas/RuleThreshold" },
    });
    expect(schemaOf(alarms, "RuleThreshold").properties.level).toMatchObject({
      enum: ["critical", "major", "minor"],
    });
  });

  it("drafts Array of strings, Array of X objects, and Array of objects / Object from the example", () => {
    const pipeline = schemaOf(pipes, "PipelineInfo").properties;
    expect(pipeline.stages).toMatchObject({
      type: "array",
      items: { $ref: "#/components/schemas/StageInfo" },
    });
    expect(pipeline.triggers).toMatchObject({
      type: "array",
      items: { type: "object", properties: { kind: { type: "string" }, spec: { type: "string" } } },
    });
    expect(rule.extra).toMatchObject({ type: "object", properties: { note: { type: "string" } } });
    const queues = draftOf("list-queues.zh.txt");
    expect(param(queues, "name")).toBeDefined();
    const { page } = parse(
      "ListPipelines.txt",
      read("ListPipelines.txt").replace("Map<String,String>", "Array of strings"),
    );
    expect(draftOperation(page).components.schemas.PipelineInfo!.properties).toMatchObject({
      labels: { type: "array", items: { type: "string" } },
    });
  });
});

describe("constraints written in the description", () => {
  const queues = draftOf("list-queues.zh.txt");
  const alarms = draftOf("alarm-rules.en.txt");

  it("reads 最小长度/最大长度 and Minimum/Maximum length as minLength/maxLength", () => {
    expect(param(queues, "name")!.schema).toMatchObject({ minLength: 3, maxLength: 64 });
    expect(param(alarms, "keyword")!.schema).toMatchObject({ minLength: 1, maxLength: 64 });
    expect(param(draftOf("ListPipelines.txt"), "name")!.schema).toMatchObject({ maxLength: 64 });
  });

  it("reads 最小值/最大值, a 取值范围 block, Minimum/Maximum and defaults", () => {
    expect(param(queues, "partitions")!.schema).toMatchObject({ minimum: 1, maximum: 100, default: 3 });
    expect(param(queues, "start")!.schema).toMatchObject({ minimum: 0, default: 0 });
    expect(param(alarms, "size")!.schema).toMatchObject({ minimum: 1, maximum: 100, default: 20 });
    expect(param(draftOf("ListPipelines.txt"), "limit")!.schema).toMatchObject({
      minimum: 1,
      maximum: 50,
      default: 10,
    });
  });

  it.each([
    ["bullets after 取值", "ListPipelines.txt", "X-Language", ["zh-cn", "en-us"]],
    ["取值为a、b", "list-queues.zh.txt", "mode", ["fifo", "standard"]],
    ["取值为10、20、50", "list-queues.zh.txt", "limit", [10, 20, 50]],
    ['a ["a","b"] list', "alarm-rules.en.txt", "sort", ["asc", "desc"]],
  ])("reads enums written as %s", (_form, file, name, values) => {
    expect(param(draftOf(file), name)!.schema).toMatchObject({ enum: values });
  });

  it("reads 支持的状态为:A,B,C and bullets after 取值范围", () => {
    expect(schemaOf(draftOf("ListPipelines.txt"), "StageInfo").properties.state).toMatchObject({
      enum: ["WAITING", "RUNNING", "DONE"],
    });
    expect(schemaOf(queues, "QueueItem").properties.state).toMatchObject({ enum: ["CREATING", "READY"] });
  });
});

describe("contradictions are flagged as TODO deviations, never silently kept", () => {
  const queues = draftOf("list-queues.zh.txt");

  it("drops a default outside the page's own bounds and says so", () => {
    const retention = param(queues, "retention_hours")!;
    expect(retention.schema).not.toHaveProperty("default");
    expect(retention["x-hwcloud-deviation"]).toMatchObject({
      kind: "default",
      reason: expect.stringMatching(/^TODO: .*200 is above its own maximum 168/),
    });
  });

  it("flags a default that is not among the listed values", () => {
    const text = read("list-queues.zh.txt").replace("默认取值:\n10", "默认取值:\n15");
    expect(param(draftOf("list-queues.zh.txt", text), "limit")!["x-hwcloud-deviation"]).toMatchObject({
      kind: "default",
      reason: expect.stringMatching(/^TODO: .*15 is not one of the values/),
    });
  });

  it("widens a type the example contradicts (a Long sent as a string)", () => {
    expect(schemaOf(queues, "QueueItem").properties.created).toMatchObject({
      type: ["integer", "string"],
      "x-hwcloud-deviation": { kind: "type", reason: "TODO: the page's example sends string." },
    });
  });

  it("notes a request example on another path", () => {
    expect(operationOf(queues)["x-hwcloud-deviation"]).toContainEqual({
      kind: "example",
      doc: "The request example calls /v2/{project_id}/queues, not /v2/{project_id}/instances/{instance_id}/queues.",
      reason: "TODO: the URI section is taken as the operation; say why the example differs.",
    });
  });

  it("keeps an example field the table does not list, flagged, so the example still validates", () => {
    const text = read("alarm-rules.en.txt").replace('"score" : 3,', '"score" : 3, "owner" : "ops",');
    expect(schemaOf(draftOf("alarm-rules.en.txt", text), "AlarmRule").properties.owner).toMatchObject({
      type: "string",
      "x-hwcloud-deviation": { kind: "other", reason: expect.stringMatching(/^TODO:/) },
    });
  });
});

describe("headers", () => {
  const operation = operationOf(draftOf("ListPipelines.txt"));

  it("maps X-Auth-Token to iamToken, drops Content-Type and keeps other headers with their values", () => {
    expect(operation.security).toEqual([{ akSk: [] }, { iamToken: [] }]);
    const headers = operation.parameters.filter((p) => p.in === "header");
    expect(headers.map((h) => h.name)).toEqual(["X-Language"]);
    expect(headers[0]!.schema).toMatchObject({ enum: ["zh-cn", "en-us"], default: "zh-cn" });
  });
});

describe("responses", () => {
  it("drafts every documented status with its body, error fields included", () => {
    const draft = draftOf("ListPipelines.txt");
    const responses = operationOf(draft).responses;
    expect(Object.keys(responses)).toEqual(["200", "401", "403"]);
    // Error bodies are the project's shared ErrorResponse, here with the page's extra error field.
    for (const status of ["401", "403"])
      expect(responses[status]).toMatchObject({
        content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } } },
      });
    expect(schemaOf(draft, "ErrorResponse")).toMatchObject({
      required: ["error_code", "error_msg"],
      properties: {
        error_ext_msg: { type: ["string", "null"] },
        encoded_authorization_message: { type: "string" },
      },
    });
  });

  it("keeps an example that has no status line, as the success status's", () => {
    const responses = operationOf(draftOf("ListPipelines.txt")).responses;
    expect(responses["200"]).toMatchObject({
      content: { "application/json": { examples: { page1: { value: { total: 1 } } } } },
    });
  });

  it("validates the 200 example against the drafted schema and notes what does not fit", () => {
    expect(
      operationOf(draftOf("ListPipelines.txt")).responses["200"]!["x-hwcloud-deviation"],
    ).toBeUndefined();
    const text = read("ListPipelines.txt").replace('"state" : "DONE"', '"state" : "PAUSED"');
    // The enum is then dropped (the example contradicts it, noted on the field), so the example still fits.
    const draft = draftOf("ListPipelines.txt", text);
    expect(schemaOf(draft, "StageInfo").properties.state).toMatchObject({
      "x-hwcloud-deviation": { kind: "enum" },
    });
    const broken = read("ListPipelines.txt")
      .replace('"total" : 1', '"total" : 1, "pipelines_left" : 0')
      .replace("triggers |\nArray of objects |", "triggers |\nArray of strings |");
    const note = operationOf(draftOf("ListPipelines.txt", broken)).responses["200"]!["x-hwcloud-deviation"];
    expect(note).toMatchObject({
      kind: "example",
      doc: expect.stringMatching(/triggers\[0\]: the example sends object/),
    });
  });
});

describe("paging guessed and marked for review", () => {
  const pagingOf = (file: string, text?: string) => operationOf(draftOf(file, text))["x-hwcloud-pagination"];
  const pagingNote = (file: string, text?: string) =>
    [operationOf(draftOf(file, text))["x-hwcloud-deviation"] as Schema | Schema[]]
      .flat()
      .find((n) => String(n.doc).startsWith("x-hwcloud-pagination"));

  it.each([
    [
      "offset/limit",
      "ListPipelines.txt",
      {
        offsetParam: "offset",
        limitParam: "limit",
        unit: "item",
        first: 0,
        items: "pipelines",
        total: "total",
        defaultLimit: 10,
        maxLimit: 50,
      },
    ],
    [
      "start/limit",
      "list-queues.zh.txt",
      {
        offsetParam: "start",
        limitParam: "limit",
        unit: "item",
        first: 0,
        items: "queues",
        total: "queue_count",
        defaultLimit: 10,
        limitValues: [10, 20, 50],
      },
    ],
    [
      "page/size",
      "alarm-rules.en.txt",
      {
        offsetParam: "page",
        limitParam: "size",
        unit: "page",
        first: 1,
        items: "rules",
        total: "count",
        defaultLimit: 20,
        maxLimit: 100,
      },
    ],
  ])("from %s parameters and a total field, the unit left to confirm", (_kind, file, expected) => {
    // Only the generator's keys in the block; the request to confirm is a note on the operation.
    expect(pagingOf(file)).toEqual(expected);
    expect(pagingNote(file)).toMatchObject({
      kind: "other",
      reason: expect.stringMatching(/^TODO: confirm/),
    });
  });

  it("from a marker parameter, saying the offset walker cannot follow it", () => {
    const text = read("ListPipelines.txt").replace("offset |\n否 |\nInt |", "marker |\n否 |\nString |");
    expect(pagingOf("ListPipelines.txt", text)).toMatchObject({ offsetParam: "marker" });
    expect(pagingNote("ListPipelines.txt", text)).toMatchObject({
      reason: expect.stringMatching(/^TODO: marker looks like a marker/),
    });
  });

  it("not at all without a limit parameter", () => {
    const text = read("ListPipelines.txt").replace("limit |\n否 |", "max |\n否 |");
    expect(pagingOf("ListPipelines.txt", text)).toBeUndefined();
  });
});

describe("names", () => {
  it("takes the operationId from the file name or URL, else the SDK sample, else the method and path", () => {
    expect(operationIdOf(parse("ListPipelines.txt").page)).toBe("ListPipelines");
    const fromUrl = parsePage(
      read("alarm-rules.en.txt"),
      "https://support.huaweicloud.com/api-aom/ListAlarmRules.html",
    );
    expect(operationIdOf(fromUrl.page)).toBe("ListAlarmRules");
    expect(operationIdOf(parse("list-queues.zh.txt").page)).toBe("ListQueues");
    expect(operationIdOf(parse("alarm-rules.en.txt").page)).toBe("ListAlarmRules");
    const show = parsePage(
      read("alarm-rules.en.txt").replace(
        "GET /v4/{project_id}/alarm-rules",
        "GET /v4/{project_id}/alarm-rules/{rule_id}",
      ),
      "x.txt",
    );
    expect(operationIdOf(show.page)).toBe("ShowAlarmRule");
    const remove = parsePage(read("alarm-rules.en.txt").replace("GET /v4/", "DELETE /v4/"), "x.txt");
    expect(operationIdOf(remove.page)).toBe("DeleteAlarmRule");
  });
});

describe("docs:check reads every layout the drafter reads", () => {
  it.each(["ListPipelines.txt", "alarm-rules.en.txt", "list-queues.zh.txt"])(
    "%s is in step with its own draft, and a changed fact in it is drift",
    async (name) => {
      const spec = await specDocumentOf(`${name}.yaml`, draftSpec(parse(name).page, "svc"));
      const check = checkPageText(read(name), name, [spec]);
      expect(check.target).toBeDefined();
      expect(drift(check)).toEqual([]);
      const changed = read(name).replace(/最大长度为?:?64|Maximum length: 64/, (m) => m.replace("64", "32"));
      expect(changed).not.toBe(read(name));
      expect(drift(checkPageText(changed, name, [spec])).map((d) => d.message)).toEqual([
        "maxLength: page says 32, spec says 64",
      ]);
    },
  );

  it("reports a changed nested field of a map's value table as drift", async () => {
    const name = "alarm-rules.en.txt";
    const spec = await specDocumentOf("aom.yaml", draftSpec(parse(name).page, "aom"));
    const changed = read(name).replace("value\nDouble\nThreshold value.", "value\nString\nThreshold value.");
    expect(drift(checkPageText(changed, name, [spec])).map((d) => `${d.subject} ${d.message}`)).toEqual([
      'response 200 field "rules[].thresholds{}.value" type: page says String, spec says number',
    ]);
  });
});

describe("docs:draft --into merges the operation into an existing spec", () => {
  const specText = readFileSync(join(fixturesDir, "widgets.yaml"), "utf8");

  it("adds the operation and its schemas, reusing the spec's ErrorResponse and security schemes", () => {
    const merged = mergeDraft(specText, parse("list-queues.zh.txt").page, "widgets");
    const doc = parseYaml(merged) as Schema & { components: { schemas: Record<string, Schema> } };
    const operation = (doc.paths as Record<string, Record<string, Schema>>)[
      "/v2/{project_id}/instances/{instance_id}/queues"
    ]!.get!;
    expect(operation).toMatchObject({
      operationId: "ListQueues",
      description: "TODO: describe this in your own words.",
      externalDocs: { url: "https://support.huaweicloud.com/api-widgets/ListQueues.html" },
    });
    // The fixture spec declares no tags, so none is invented.
    expect(operation.tags).toBeUndefined();
    expect(Object.keys(doc.components.schemas)).toEqual([
      ...Object.keys((parseYaml(specText) as { components: { schemas: object } }).components.schemas),
      "QueueItem",
      "ListQueuesResponse",
    ]);
    expect(merged.match(/^\s+ErrorResponse:$/gm)).toHaveLength(1);
    expect(merged.match(/^\s+iamToken:$/gm)).toHaveLength(1);
    // The spec's own comments and operations stay as they were.
    expect(merged.startsWith(specText.split("\n")[0]!)).toBe(true);
    expect(merged).toContain("operationId: ListWidgets");
  });

  it("adds a page's extra error field to the shared ErrorResponse instead of a second error body", () => {
    const merged = parseYaml(mergeDraft(specText, parse("ListPipelines.txt").page)) as {
      components: { schemas: Record<string, { properties: Record<string, Schema> }> };
    };
    expect(Object.keys(merged.components.schemas.ErrorResponse!.properties)).toContain(
      "encoded_authorization_message",
    );
    expect(Object.keys(merged.components.schemas).filter((n) => /Error/.test(n))).toEqual(["ErrorResponse"]);
  });

  it("renames a drafted schema whose name the spec already uses for another structure", () => {
    const text = read("alarm-rules.en.txt").replace(/RuleThreshold/g, "WidgetItem");
    const merged = parseYaml(mergeDraft(specText, parse("alarm-rules.en.txt", text).page)) as {
      components: { schemas: Record<string, Schema> };
    };
    expect(merged.components.schemas.ListAlarmRulesWidgetItem).toBeDefined();
    expect(JSON.stringify(merged.components.schemas.AlarmRule)).toContain(
      "#/components/schemas/ListAlarmRulesWidgetItem",
    );
  });

  it("refuses to add an operation the spec already has", () => {
    const listWidgets = parsePage(readFileSync(join(fixturesDir, "list-widgets.zh.txt"), "utf8"), "x.txt");
    expect(() => mergeDraft(specText, listWidgets.page)).toThrow(
      new DraftMergeError(
        "the spec already has GET /v1/{project_id}/widgets (ListWidgets); compare it with pnpm docs:check instead",
      ),
    );
  });
});
