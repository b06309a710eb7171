import { describe, expect, it } from "vitest";
import { parseDocType } from "./doc-type.js";

describe("parseDocType", () => {
  it.each([
    ["String", { kind: "string" }],
    ["Integer", { kind: "integer", format: "int32" }],
    ["Long", { kind: "integer", format: "int64" }],
    ["Number", { kind: "number" }],
    ["Double", { kind: "number", format: "double" }],
    ["Boolean", { kind: "boolean" }],
    ["Object", { kind: "object" }],
    ["DetailsBody object", { kind: "object", objectName: "DetailsBody" }],
    ["Array of strings", { kind: "array", items: { kind: "string" } }],
    ["Array of String", { kind: "array", items: { kind: "string" } }],
    ["Array of integers", { kind: "array", items: { kind: "integer", format: "int32" } }],
    [
      "Array of TaskDetailInfo objects",
      { kind: "array", items: { kind: "object", objectName: "TaskDetailInfo" } },
    ],
    ["Array of objects", { kind: "array", items: { kind: "object" } }],
    ["Int", { kind: "integer", format: "int32" }],
    ["Float", { kind: "number", format: "float" }],
    ["Map<String,String>", { kind: "object", additionalProperties: { kind: "string" } }],
    [
      "Map<String,RuleThreshold>",
      { kind: "object", additionalProperties: { kind: "object", objectName: "RuleThreshold" } },
    ],
    [
      "Map<String, Array of strings>",
      { kind: "object", additionalProperties: { kind: "array", items: { kind: "string" } } },
    ],
  ])("reads %s", (text, want) => {
    expect(parseDocType(text)).toMatchObject(want);
  });

  it.each(["Strng", "Array of ???", "任务ID。", "", "Map<Integer,String>"])("does not read %j", (text) => {
    expect(parseDocType(text)).toBeUndefined();
  });
});
