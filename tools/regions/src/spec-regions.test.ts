import { expect, test } from "vitest";
import { compareRegions } from "./compare.js";
import { readSpecRegions, rewriteSpecRegions } from "./spec-regions.js";
import { specText } from "./test-support.js";

const official = {
  "aa-test-1": "https://svc.aa-test-1.example.com",
  "bb-test-1": "https://svc.bb-test-1.example.cn",
  "cc-test-1": "https://svc.cc-test-1.example.com",
};

test("reports missing, changed and extra regions, and server values off the table or the host pattern", () => {
  const spec = specText(
    {
      "aa-test-1": "https://svc.aa-test-1.example.com",
      "bb-test-1": "https://old.example.com",
      "zz-test-1": "https://z.example.com",
    },
    ["aa-test-1", "bb-test-1"],
  );
  expect(compareRegions(readSpecRegions("x.yaml", spec), official)).toEqual([
    "bb-test-1: spec has https://old.example.com, official is https://svc.bb-test-1.example.cn",
    "missing cc-test-1: https://svc.cc-test-1.example.com",
    "extra zz-test-1: https://z.example.com is not in the official table",
    "servers {region} enum lacks cc-test-1",
    "servers {region} enum lists bb-test-1, not on https://svc.{region}.example.com",
  ]);
});

test("a rewritten spec is in step with the table and every other line is kept as written", () => {
  const before = specText({ "aa-test-1": "https://svc.aa-test-1.example.com" }, ["aa-test-1"]);
  const after = rewriteSpecRegions("x.yaml", before, official);
  expect(compareRegions(readSpecRegions("x.yaml", after), official)).toEqual([]);
  expect(after).toBe(specText(official, ["aa-test-1", "cc-test-1"]));
});

test("rewriting an up-to-date spec changes nothing", () => {
  const text = specText(official, ["aa-test-1", "cc-test-1"]);
  expect(rewriteSpecRegions("x.yaml", text, official)).toBe(text);
});
