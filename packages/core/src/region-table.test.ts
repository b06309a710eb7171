import { describe, expect, it } from "vitest";
import { regionTable } from "./region-table.js";

describe("regionTable", () => {
  it("fills every listed region from the template, in the list's order", () => {
    const table = regionTable("https://dcs.{region}.myhuaweicloud.com", ["cn-north-4", "af-south-1"]);
    expect(table).toEqual({
      "cn-north-4": "https://dcs.cn-north-4.myhuaweicloud.com",
      "af-south-1": "https://dcs.af-south-1.myhuaweicloud.com",
    });
    expect(Object.keys(table)).toEqual(["cn-north-4", "af-south-1"]);
  });

  it("takes an exception's own endpoint over the template", () => {
    const table = regionTable("https://dws.{region}.myhuaweicloud.com", ["cn-north-4", "eu-west-101"], {
      "eu-west-101": "https://dws.eu-west-101.myhuaweicloud.eu",
    });
    expect(table["eu-west-101"]).toBe("https://dws.eu-west-101.myhuaweicloud.eu");
    expect(table["cn-north-4"]).toBe("https://dws.cn-north-4.myhuaweicloud.com");
  });

  it("reads only the exceptions' own keys, and keeps a region named like an Object member a plain entry", () => {
    const table = regionTable("https://x.{region}.example.com", ["constructor", "__proto__"]);
    expect(Object.hasOwn(table, "__proto__")).toBe(true);
    expect(table["constructor"]).toBe("https://x.constructor.example.com");
    expect(Object.getPrototypeOf(table)).toBe(Object.prototype);
  });
});
