import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resolveEndpoint } from "./endpoint.js";
import { HuaweiCloudConfigError } from "./errors.js";
import { descriptor } from "./test-support/fixture-service.js";

describe("resolveEndpoint", () => {
  it.each([
    ["a region", { region: "cn-north-4" }, "https://testsvc.cn-north-4.myhuaweicloud.com"],
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
      'testsvc: unknown region "eu-west-0". Known regions: ap-southeast-1, cn-north-4. For another region pass `endpoint`, or set HUAWEICLOUD_SDK_REGION_TESTSVC_<REGION> or a regions file (HUAWEICLOUD_SDK_REGIONS_FILE, default ~/.huaweicloud/regions.yaml).',
    ],
    [
      "neither region nor endpoint",
      {},
      "testsvc: pass `region` (one of ap-southeast-1, cn-north-4) or `endpoint`, or set HUAWEICLOUD_SDK_REGION.",
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

  it("drops the trailing slash of a region's endpoint in the descriptor", () => {
    // Generated descriptors never hold one (specs/x-hwcloud.schema.json refuses it); a hand-made one may.
    const regions = {
      ...descriptor.regions,
      "ap-southeast-1": "https://testsvc.ap-southeast-1.myhuaweicloud.com/",
    };
    expect(resolveEndpoint({ ...descriptor, regions }, { region: "ap-southeast-1" })).toBe(
      "https://testsvc.ap-southeast-1.myhuaweicloud.com",
    );
  });
});

describe("resolveEndpoint: a region newer than the table, from the environment or a regions file", () => {
  const folders: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  const regionsFile = (text: string) => {
    const folder = mkdtempSync(join(tmpdir(), "endpoint-regions-"));
    folders.push(folder);
    writeFileSync(join(folder, "regions.yaml"), text);
    vi.stubEnv("HUAWEICLOUD_SDK_REGIONS_FILE", join(folder, "regions.yaml"));
  };

  it("takes HUAWEICLOUD_SDK_REGION_<SERVICE>_<REGION> for a region the table lacks, and over the table", () => {
    vi.stubEnv("HUAWEICLOUD_SDK_REGIONS_FILE", join(tmpdir(), "no-such-regions-file.yaml"));
    vi.stubEnv("HUAWEICLOUD_SDK_REGION_TESTSVC_XX_NEW_1", "https://testsvc.xx-new-1.example.com/");
    vi.stubEnv("HUAWEICLOUD_SDK_REGION_TESTSVC_CN_NORTH_4", "https://testsvc.moved.example.com");
    expect(resolveEndpoint(descriptor, { region: "xx-new-1" })).toBe("https://testsvc.xx-new-1.example.com");
    expect(resolveEndpoint(descriptor, { region: "cn-north-4" })).toBe("https://testsvc.moved.example.com");
    expect(resolveEndpoint(descriptor, { region: "cn-north-4", endpoint: "https://x.example.com" })).toBe(
      "https://x.example.com",
    );
  });

  it("takes the regions file after the environment, then the table", () => {
    regionsFile("TESTSVC:\n  - id: xx-new-1\n    endpoints: [https://testsvc.from-file.example.com]\n");
    expect(resolveEndpoint(descriptor, { region: "xx-new-1" })).toBe("https://testsvc.from-file.example.com");
    expect(resolveEndpoint(descriptor, { region: "ap-southeast-1" })).toBe(
      "https://testsvc.ap-southeast-1.myhuaweicloud.com",
    );
    vi.stubEnv("HUAWEICLOUD_SDK_REGION_TESTSVC_XX_NEW_1", "https://testsvc.from-env.example.com");
    expect(resolveEndpoint(descriptor, { region: "xx-new-1" })).toBe("https://testsvc.from-env.example.com");
  });

  it("refuses a bad endpoint from either source, naming where it came from", () => {
    vi.stubEnv("HUAWEICLOUD_SDK_REGION_TESTSVC_XX_NEW_1", "testsvc.example.com");
    expect(() => resolveEndpoint(descriptor, { region: "xx-new-1" })).toThrow(
      'HUAWEICLOUD_SDK_REGION_TESTSVC_XX_NEW_1 must be an absolute http(s) URL, got "testsvc.example.com".',
    );
    vi.unstubAllEnvs();
    regionsFile("TESTSVC:\n  - id: xx-new-1\n    endpoint: file:///etc/passwd\n");
    expect(() => resolveEndpoint(descriptor, { region: "xx-new-1" })).toThrow(
      /regions file .*regions\.yaml \(TESTSVC, xx-new-1\) must use http or https, got "file:"/,
    );
  });
});
