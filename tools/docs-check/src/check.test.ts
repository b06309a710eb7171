import { readFileSync } from "node:fs";
import { join } from "node:path";
import { specDocumentOf } from "@hwcloud-tools/spec-model";
import { describe, expect, it } from "vitest";
import { checkPageFile, checkPageText, drift } from "./check.js";
import { loadSpecs, type Json, type SpecDocument } from "./spec-index.js";
import { fixturesDir, sharedDir, sharedNote, sharedPages, specsDir, writeTemp } from "./test-support.js";

const fixtureSpecs = await loadSpecs(fixturesDir);
const projectSpecs = await loadSpecs(specsDir);

const subjects = (differences: { subject: string; message: string }[]) =>
  differences.map((d) => `${d.subject} ${d.message}`);

describe("checking the project's fixture pages against the fixture spec", () => {
  const specs = fixtureSpecs;
  const page = readFileSync(join(fixturesDir, "list-widgets.zh.txt"), "utf8");
  const check = (text: string) => checkPageText(text, "list-widgets.zh.txt", specs);

  it("finds no drift when page and spec agree, and shows the recorded deviation as accepted", () => {
    const result = check(page);
    expect(drift(result)).toEqual([]);
    expect(result.differences).toEqual([
      expect.objectContaining({
        subject: 'query parameter "colour"',
        message: 'enum value "green" is in the spec but not on the page',
        accepted: expect.objectContaining({ kind: "enum" }),
      }),
    ]);
  });

  it("treats an X-Auth-Token header as the spec's iamToken security scheme, not a missing parameter", () => {
    expect(subjects(check(page).differences).some((s) => s.includes("X-Auth-Token"))).toBe(false);
  });

  it.each([
    [
      "a changed maximum",
      ["最大值为200", "最大值为500"],
      'query parameter "page_size" maximum: page says 500, spec says 200',
    ],
    [
      "a changed default",
      ["默认值为20", "默认值为50"],
      'query parameter "page_size" default: page says 50, spec says 20',
    ],
    [
      "a changed time format",
      ["YYYY-MM-DDTHH:mm:ssZ", "yyyyMMddHHmmss"],
      "time format: page says yyyyMMddHHmmss",
    ],
    [
      "a retyped nested field",
      ["name\n\nString\n\n所有者名字", "name\n\nInteger\n\n所有者名字"],
      'widgets[].owner.name" type: page says Integer, spec says string',
    ],
    [
      "a nested field the spec lacks",
      ["tags\n\nArray of strings", "label\n\nString\n\n标签名。\n\ntags\n\nArray of strings"],
      '"widgets[].label" is on the page but not in the spec',
    ],
  ])("reports %s once", (_name, [from, to], want) => {
    expect(page.includes(from!)).toBe(true);
    const found = drift(check(page.replace(from!, to!)));
    expect(subjects(found)).toEqual([expect.stringContaining(want)]);
  });

  it("reports a page whose operation is not in the specs, pointing at its URI line", () => {
    const result = check(page.replace("GET /v1/{project_id}/widgets", "GET /v1/{project_id}/gizmos"));
    expect(subjects(drift(result))).toEqual([
      "GET /v1/{project_id}/gizmos has no operation in specs/ (draft one with `pnpm docs:draft`)",
    ]);
    expect(drift(result)[0]!.line).toBe(11);
  });
});

describe("checking a page with a request body against the fixture spec", () => {
  const specs = fixtureSpecs;
  const page = readFileSync(join(fixturesDir, "create-widget.zh.txt"), "utf8");
  const check = (text: string) => checkPageText(text, "create-widget.zh.txt", specs);

  it("finds the body fields, their nesting and required flags in step", () => {
    expect(check(page).differences).toEqual([]);
  });

  it.each([
    [
      "a field that became optional",
      ["name\n\n是\n\nString\n\n部件名字", "name\n\n否\n\nString\n\n部件名字"],
      'request body field "name" required: page says optional, spec says required',
    ],
    [
      "a nested field that became optional",
      ["name\n\n是\n\nString\n\n所有者名字", "name\n\n否\n\nString\n\n所有者名字"],
      'request body field "owner.name" required: page says optional, spec says required',
    ],
    [
      "a removed body field",
      ["size\n\n否\n\nInteger\n\n部件尺寸,最小值为1,最大值为10。\n\n", ""],
      'request body field "size" is in the spec but not on the page',
    ],
    [
      "a request example that no longer fits",
      ['"size" : 2', '"size" : 20'],
      "request example /size must be <= 10",
    ],
  ])("reports %s once", (_name, [from, to], want) => {
    expect(page.includes(from!)).toBe(true);
    expect(subjects(drift(check(page.replace(from!, to!))))).toEqual([want]);
  });
});

describe(`checking the five shared Huawei pages against specs/${sharedNote}`, () => {
  if (!sharedDir) {
    it.skip("needs ../shared/api-docs beside the repository", () => {});
    return;
  }
  const shared = sharedDir;
  const specs = projectSpecs;

  it.each(sharedPages)("%s has no unaccepted drift", (name) => {
    const result = checkPageFile(join(shared, name), specs);
    expect(result.target).toBeDefined();
    expect(subjects(drift(result))).toEqual([]);
  });

  /** Each edit changes one fact of a copy of a page, written to a temp file; the check must name it once. */
  const edits: { name: string; page: string; from: RegExp; to: string; want: string }[] = [
    {
      name: "a new query parameter",
      page: "dcs-list-center-task.txt",
      from: /\n请求参数\n/,
      to: "\nstatus\n\nString\n\n只看这个状态的任务。\n\n请求参数\n",
      want: 'query parameter "status" is on the page but not in the spec',
    },
    {
      name: "a changed type",
      page: "dws-list-logical-cluster-tasks.txt",
      from: /^count\n\nLong$/m,
      to: "count\n\nString",
      want: 'response 200 field "count" type: page says String, spec says integer (int64)',
    },
    {
      name: "a new enum value",
      page: "dws-list-logical-cluster-tasks.txt",
      from: /^DESC:表示按降序排序。$/m,
      to: "DESC:表示按降序排序。\n\nNONE:不排序。",
      want: 'query parameter "order" enum value "NONE" is on the page but not in the spec',
    },
    {
      name: "a removed response field",
      page: "kafka-list-background-tasks.txt",
      from: /^user_id\n\nString\n\n用户ID。\n\n/m,
      to: "",
      want: 'response 200 field "tasks[].user_id" is in the spec but not on the page',
    },
    {
      name: "a new error status",
      page: "dcs-list-center-task.txt",
      from: /^500\n\n内部服务错误。$/m,
      to: "404\n\n任务不存在。\n\n500\n\n内部服务错误。",
      want: "status 404 is on the page but not in the spec's responses",
    },
    {
      name: "a changed example",
      page: "gaussdb-mysql-list-immediate-jobs.txt",
      from: /"total_count" : 2/,
      to: '"total_count" : "2"',
      want: "response 200 example /total_count must be integer",
    },
  ];

  it.each(edits)("reports $name exactly once", ({ page, from, to, want }) => {
    const original = readFileSync(join(shared, page), "utf8");
    expect(original).toMatch(from);
    const file = writeTemp(page, original.replace(from, to));
    const found = drift(checkPageFile(file, specs));
    expect(subjects(found)).toEqual([want]);
    expect(found[0]!.line).toBeGreaterThan(0);
  });

  it.each([
    {
      name: "a type note written for String, when the page now says Integer",
      from: /^task_count\n\nString$/m,
      to: "task_count\n\nInteger",
      want: 'response 200 field "task_count" type: page says Integer, spec says string|integer',
    },
    {
      name: "an enum note listing ten values, when the page lists an eleventh",
      from: /^modify:修改密码$/m,
      to: "modify:修改密码\n\nRestart:重启实例",
      want: 'response 200 field "tasks[].name" page lists values',
    },
  ])("does not let $name accept the change", ({ from, to, want }) => {
    const original = readFileSync(join(shared, "dcs-list-center-task.txt"), "utf8");
    expect(original).toMatch(from);
    const found = drift(
      checkPageFile(writeTemp("dcs-list-center-task.txt", original.replace(from, to)), specs),
    );
    expect(subjects(found)).toEqual([expect.stringContaining(want)]);
    expect(found[0]!.staleNote).toBeDefined();
  });

  it("turns an accepted deviation into drift once the spec's note is removed", async () => {
    const withoutNote: SpecDocument[] = await Promise.all(
      specs.map((spec) => {
        const doc = structuredClone(spec.doc);
        const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
        const taskCount = (schemas.ListCenterTaskResponse?.properties as Record<string, Json> | undefined)
          ?.task_count;
        if (taskCount) delete taskCount["x-hwcloud-deviation"];
        return specDocumentOf(spec.file, doc);
      }),
    );
    const before = checkPageFile(join(shared, "dcs-list-center-task.txt"), specs);
    const after = checkPageFile(join(shared, "dcs-list-center-task.txt"), withoutNote);
    const about = (d: { subject: string }) => d.subject === 'response 200 field "task_count"';
    expect(before.differences.filter(about).map((d) => d.accepted !== undefined)).toEqual([true]);
    expect(subjects(drift(after).filter(about))).toEqual([
      'response 200 field "task_count" type: page says String, spec says string|integer',
    ]);
  });
});
