import { describe, expect, it } from "vitest";
import type { AllowedOperation } from "./allowlist.js";
import { validateParameters } from "./validate.js";

const listTasks: AllowedOperation = {
  operationId: "ListTasks",
  method: "GET",
  path: "/v2/{project_id}/tasks",
  parameters: [
    { name: "project_id", in: "path", required: true, schema: { type: "string", minLength: 1 } },
    { name: "offset", in: "query", required: false, schema: { type: "integer", minimum: 0 } },
    {
      name: "limit",
      in: "query",
      required: false,
      schema: { type: ["string", "null"], enum: ["10", "20", "50"] },
    },
    { name: "start_time", in: "query", required: false, schema: { type: "string", pattern: "^[0-9]{14}$" } },
    { name: "ratio", in: "query", required: false, schema: { type: "number", exclusiveMaximum: 1 } },
    { name: "verbose", in: "query", required: false, schema: { type: "boolean" } },
    { name: "status", in: "query", required: false, schema: { type: "array", items: { enum: ["A", "B"] } } },
    { name: "name", in: "query", required: true, schema: { type: "string", maxLength: 3 } },
    { name: "cluster", in: "query", required: false, schema: { type: "string", format: "uuid" } },
    { name: "big", in: "query", required: false, schema: { type: "integer", format: "int32" } },
    { name: "since", in: "query", required: false, schema: { type: "string", format: "date-time" } },
    {
      name: "X-Language",
      in: "header",
      required: false,
      schema: { type: "string", enum: ["zh-cn", "en-us"] },
    },
  ],
};

const cases: [string, { query: string; headers?: Record<string, string>; want: string[] }][] = [
  [
    "accepts values that fit the spec",
    { query: "name=abc&offset=0&limit=20&start_time=20240101000000", want: [] },
  ],
  [
    "accepts numbers, booleans and repeated array values",
    { query: "name=a&ratio=0.5&verbose=true&status=A&status=B", want: [] },
  ],
  [
    "accepts values in the checked formats",
    {
      query: "name=a&cluster=3b2d5f1e-8c4a-4e6b-9f0a-1c2d3e4f5a6b&big=2147483647&since=2024-01-02T03:04:05Z",
      want: [],
    },
  ],
  [
    "reports a malformed UUID",
    { query: "name=a&cluster=c-1", want: ['query parameter "cluster" must be a UUID'] },
  ],
  [
    "reports an int32 overflow",
    { query: "name=a&big=2147483648", want: ['query parameter "big" must be a 32-bit integer'] },
  ],
  [
    "reports a malformed date-time",
    { query: "name=a&since=2024-01-02", want: ['query parameter "since" must be an RFC 3339 date-time'] },
  ],
  ["reports a missing required parameter", { query: "", want: ['query parameter "name" is required'] }],
  [
    "reports a non-integer",
    { query: "name=a&offset=1.5", want: ['query parameter "offset" must be an integer'] },
  ],
  [
    "reports a value under the minimum",
    { query: "name=a&offset=-1", want: ['query parameter "offset" must be >= 0'] },
  ],
  [
    "reports a value outside the enum",
    { query: "name=a&limit=30", want: ['query parameter "limit" must be one of "10", "20", "50"'] },
  ],
  [
    "reports a pattern mismatch",
    { query: "name=a&start_time=2024-01-01", want: ['query parameter "start_time" must match ^[0-9]{14}$'] },
  ],
  [
    "reports an exclusive maximum",
    { query: "name=a&ratio=1", want: ['query parameter "ratio" must be < 1'] },
  ],
  [
    "reports a non-boolean",
    { query: "name=a&verbose=yes", want: ['query parameter "verbose" must be a boolean'] },
  ],
  [
    "reports an array item outside the enum",
    { query: "name=a&status=C", want: ['query parameter "status" must be one of "A", "B"'] },
  ],
  [
    "reports a string over maxLength",
    { query: "name=abcd", want: ['query parameter "name" must be at most 3 characters'] },
  ],
  [
    "reports a repeated scalar",
    { query: "name=a&offset=1&offset=2", want: ['query parameter "offset" must appear once'] },
  ],
  [
    "reports an unknown query parameter",
    { query: "name=a&debug=1", want: ['query parameter "debug" is not part of ListTasks'] },
  ],
  [
    "checks declared header parameters",
    {
      query: "name=a",
      headers: { "x-language": "fr" },
      want: ['header parameter "X-Language" must be one of "zh-cn", "en-us"'],
    },
  ],
];

describe("validateParameters", () => {
  it.each(cases)("%s", (_name, { query, headers, want }) => {
    const problems = validateParameters(
      listTasks,
      { project_id: "p1" },
      new URLSearchParams(query),
      new Headers(headers),
    );
    expect(problems).toEqual(want);
  });

  it("reports an empty path parameter that has a minimum length", () => {
    expect(
      validateParameters(listTasks, { project_id: "" }, new URLSearchParams("name=a"), new Headers()),
    ).toEqual(['path parameter "project_id" must be at least 1 characters']);
  });
});
