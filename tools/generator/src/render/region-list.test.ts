import { describe, expect, it } from "vitest";
import { regionTable } from "@hwcloud/core";
import { renderRegionTable } from "./region-list.js";

/** Evaluates the rendered call with the runtime's own regionTable, as the generated descriptor does. */
function expand(call: string): Record<string, string> {
  const args = call.replace(/^\/\* @__PURE__ \*\/ regionTable\(/, "[").replace(/\)$/, "]");
  return regionTable(...(JSON.parse(args) as Parameters<typeof regionTable>));
}

describe("renderRegionTable", () => {
  it("writes the ids and the host pattern, and expands back to the spec's table", () => {
    const regions = {
      "cn-north-4": "https://dcs.cn-north-4.myhuaweicloud.com",
      "af-south-1": "https://dcs.af-south-1.myhuaweicloud.com",
    };
    const call = renderRegionTable(regions);
    expect(call).toBe(
      '/* @__PURE__ */ regionTable("https://dcs.{region}.myhuaweicloud.com", ["cn-north-4","af-south-1"])',
    );
    expect(expand(call)).toEqual(regions);
  });

  it("spells out only the endpoints off the most common pattern", () => {
    const regions = {
      "cn-north-4": "https://dws.cn-north-4.myhuaweicloud.com",
      "cn-east-4": "https://dws.cn-east-4.myhuaweicloud.cn",
      "af-south-1": "https://dws.af-south-1.myhuaweicloud.com",
      "eu-west-0": "https://dws-eu.example.com",
    };
    const call = renderRegionTable(regions);
    expect(call).toContain(
      '{"cn-east-4":"https://dws.cn-east-4.myhuaweicloud.cn","eu-west-0":"https://dws-eu.example.com"}',
    );
    expect(call).not.toContain("cn-north-4.myhuaweicloud.com");
    expect(expand(call)).toEqual(regions);
  });
});
