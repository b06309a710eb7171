import { describe, expect, it } from "vitest";
import { resolveEndpoint } from "./endpoint.js";
import { HuaweiCloudConfigError } from "./errors.js";
import { descriptor } from "./test-support/fixture-service.js";

describe("resolveEndpoint", () => {
  it.each([
    ["a region", { region: "cn-north-4" }, "https://testsvc.cn-north-4.myhuaweicloud.com"],
    [
      "a region whose endpoint ends in a slash",
      { region: "ap-southeast-1" },
      "https://testsvc.ap-southeast-1.myhuaweicloud.com",
    ],
    [
      "an endpoint, which wins over the region",
      { region: "cn-north-4", endpoint: "https://x.example.com/" },
      "https://x.example.com",
    ],
    [
      "an endpoint with a path prefix",
      { endpoint: "https://my.site/hwcloud/testsvc/" },
      "https://my.site/hwcloud/testsvc",
    ],
    [
      "an endpoint for an unknown region",
      { region: "xx-nowhere-1", endpoint: "http://127.0.0.1:8080" },
      "http://127.0.0.1:8080",
    ],
  ])("resolves %s", (_name, options, want) => {
    expect(resolveEndpoint(descriptor, options)).toBe(want);
  });

  it.each([
    [
      "an unknown region, listing the known ones",
      { region: "eu-west-0" },
      'testsvc: unknown region "eu-west-0". Known regions: ap-southeast-1, cn-north-4. For another region pass `endpoint` instead.',
    ],
    [
      "neither region nor endpoint",
      {},
      "testsvc: pass `region` (one of ap-southeast-1, cn-north-4) or `endpoint`.",
    ],
    [
      "region __proto__ (an inherited key, not a region)",
      { region: "__proto__" },
      'testsvc: unknown region "__proto__". Known regions: ap-southeast-1, cn-north-4.',
    ],
    ["region constructor", { region: "constructor" }, 'testsvc: unknown region "constructor".'],
    ["region toString", { region: "toString" }, 'testsvc: unknown region "toString".'],
    ["a region that is not a string", { region: 7 as unknown as string }, "testsvc: unknown region 7."],
    ["a relative endpoint", { endpoint: "/api" }, 'endpoint must be an absolute http(s) URL, got "/api".'],
    ["a non-http endpoint", { endpoint: "ftp://x" }, 'endpoint must use http or https, got "ftp:".'],
  ])("refuses %s", (_name, options, message) => {
    expect(() => resolveEndpoint(descriptor, options)).toThrow(HuaweiCloudConfigError);
    expect(() => resolveEndpoint(descriptor, options)).toThrow(message);
  });
});
