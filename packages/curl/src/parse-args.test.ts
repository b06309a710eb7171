import { describe, expect, it } from "vitest";
import { endpointParts, parseCurlArgs } from "./parse-args.js";

describe("parseCurlArgs", () => {
  it("reads method and URL as curl and awscurl do: METHOD URL, -X, or POST when -d is given", () => {
    const url = "https://dcs.cn-north-4.myhuaweicloud.com/v2/p/tasks";
    expect(parseCurlArgs(["DELETE", url])).toMatchObject({ method: "DELETE" });
    expect(parseCurlArgs(["-X", "put", url])).toMatchObject({ method: "PUT" });
    expect(parseCurlArgs(["-d", "{}", url])).toMatchObject({ method: "POST", data: "{}" });
    expect(parseCurlArgs([url])).toMatchObject({ method: "GET", include: false, maxTimeMs: 60_000 });
    expect(parseCurlArgs(["-m", "2.5", url])).toMatchObject({ maxTimeMs: 2500 });
  });
});

describe("endpointParts", () => {
  it.each([
    ["dcs.cn-north-4.myhuaweicloud.com", { service: "dcs", region: "cn-north-4" }],
    ["gaussdb.eu-west-101.myhuaweicloud.eu", { service: "gaussdb", region: "eu-west-101" }],
    ["127.0.0.1", undefined],
    ["dcs.cn-north-4.myhuaweicloud.com.evil.test", undefined],
  ])("%s", (host, parts) => {
    expect(endpointParts(host)).toEqual(parts);
  });
});
