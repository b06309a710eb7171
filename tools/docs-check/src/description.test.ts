import { describe, expect, it } from "vitest";
import { readDescription, normaliseTimeFormat } from "./description.js";
import type { DocType, ParseProblem } from "./page-model.js";

const string: DocType = { kind: "string", raw: "String" };
const integer: DocType = { kind: "integer", format: "int32", raw: "Integer" };

function read(text: string, type: DocType = string) {
  const problems: ParseProblem[] = [];
  const lines = text.split("\n").map((t, i) => ({ text: t, line: 100 + i }));
  return { facts: readDescription(lines, type, "field", problems), problems };
}

describe("readDescription", () => {
  it.each([
    [
      "bulleted value: meaning lines after an intro",
      "状态,取值范围:\n  • on:开启。\n  • off:关闭。",
      ["on", "off"],
    ],
    ["quoted values with 表示", '名称。取值有:\n  • "Alpha"表示甲。\n  • "Beta"表示乙。', ["Alpha", "Beta"]],
    [
      "value lines under a 取值范围 label",
      "参数解释\n排序。\n取值范围\nASC:升序。\nDESC:降序。",
      ["ASC", "DESC"],
    ],
    ["an inline list", "条数,取值为10、20、50。", ["10", "20", "50"]],
    ["bare values after an English intro", "Language. Enumeration values:\nen-us\nzh-cn", ["en-us", "zh-cn"]],
    [
      "English value: meaning lines",
      "Order. The value can be:\n- ASC: ascending.\n- DESC: descending.",
      ["ASC", "DESC"],
    ],
  ])("reads enum values from %s", (_name, text, values) => {
    expect(read(text).facts.enum).toEqual(values);
  });

  it("does not take 不涉及 or a range sentence under 取值范围 for enum values", () => {
    expect(read("取值范围\n不涉及。").facts.enum).toBeUndefined();
    expect(read("取值范围\n大于等于0。", integer).facts).toEqual({ minimum: 0 });
  });

  it("names a value list that is announced but empty, with its line", () => {
    const { facts, problems } = read("种类,取值范围:");
    expect(facts.enum).toBeUndefined();
    expect(problems).toEqual([
      { line: 100, message: '"field" announces a list of values but the page lists none' },
    ]);
  });

  it.each([
    ["最小值为1,最大值为1000,若不设置该参数,则为10", { minimum: 1, maximum: 1000, default: 10 }],
    ["偏移量,offset大于等于0。", { minimum: 0 }],
    ["大于0。", { minimum: 1 }],
    ["取值范围:1~500。", { minimum: 1, maximum: 500 }],
    ["不大于100。", { maximum: 100 }],
    ["Page size. Minimum: 1. Maximum: 50. Default value: 10", { minimum: 1, maximum: 50, default: 10 }],
    ["参数解释\n偏移。\n默认取值\n0", { default: 0 }],
  ])("reads bounds and default of an integer from %j", (text, facts) => {
    expect(read(text, integer).facts).toEqual(facts);
  });

  it("keeps a string default as text and ignores bounds on strings", () => {
    expect(read("偏移,默认为1,不能为负数。").facts).toEqual({ default: "1" });
    expect(read("请求语言类型。默认en-us。").facts).toEqual({ default: "en-us" });
  });

  it.each([
    ["yyyyMMddHHmmss", "yyyyMMddHHmmss"],
    ["YYYYMMDDHHmmss", "yyyyMMddHHmmss"],
    ["yyyy-mm-ddThh:mm:ssZ", "yyyy-MM-ddTHH:mm:ssZ"],
  ])("normalises the time pattern %s to %s", (pattern, want) => {
    expect(normaliseTimeFormat(pattern)).toBe(want);
    expect(read(`开始时间,格式为"${pattern}"。`).facts.timeFormat).toBe(want);
  });
});

describe("readDescription on the forms other services use", () => {
  it.each([
    ["长度为1~64个字符", "名称,长度为1~64个字符。", { minLength: 1, maxLength: 64 }],
    ["最小长度/最大长度 lines", "名称。\n最小长度:3\n最大长度:64", { minLength: 3, maxLength: 64 }],
    ["不超过N个字符", "描述,不超过255个字符。", { maxLength: 255 }],
    ["N to M characters", "Name, 4 to 32 characters.", { minLength: 4, maxLength: 32 }],
    ["Maximum length:", "Keyword.\nMaximum length: 64", { maxLength: 64 }],
  ])("reads string lengths written as %s", (_form, text, lengths) => {
    expect(read(text).facts).toMatchObject(lengths);
  });

  it("reads no length from a number range that is not about length", () => {
    expect(read("状态码,取值范围:100~599。").facts).not.toHaveProperty("maxLength");
  });

  it.each([
    ["[1, 100]", "条数,取值范围[1, 100]。"],
    ["取值范围:1-100", "条数,取值范围:1-100。"],
    ["a range block line 1-100", "参数解释\n条数。\n取值范围\n1-100\n默认取值\n10"],
  ])("reads integer bounds written as %s", (_form, text) => {
    expect(read(text, integer).facts).toMatchObject({ minimum: 1, maximum: 100 });
  });

  it.each([
    ["支持的状态为:A,B,C", "状态,支持的状态为:WAITING,RUNNING,DONE", ["WAITING", "RUNNING", "DONE"]],
    ['["a","b"]', 'Order. The value can be ["asc","desc"].', ["asc", "desc"]],
  ])("reads enums written as %s", (_form, text, values) => {
    expect(read(text).facts.enum).toEqual(values);
  });

  it("reads a default under a 默认取值: label with a colon", () => {
    expect(read("语言,取值:\n• zh-cn:中文\n• en-us:英文\n默认取值:\nzh-cn").facts).toMatchObject({
      enum: ["zh-cn", "en-us"],
      default: "zh-cn",
    });
  });
});
