import { describe, expect, it } from "vitest";
import { regionEndpointOverride, regionSettingHints } from "./region-endpoints.browser.js";
import { regionSettingHints as serverHints } from "./region-endpoints.js";

describe("the browser build's region chain", () => {
  it("overrides no endpoint and adds no environment hints to endpoint errors", () => {
    expect(regionEndpointOverride("dcs", "cn-north-4")).toBeUndefined();
    expect(regionSettingHints("dcs")).toEqual({ missingRegion: "", unknownRegion: "" });
  });

  it("answers with the same members as the server build, which names the variables and the file", () => {
    const server = serverHints("gaussdb-mysql");
    expect(Object.keys(regionSettingHints("gaussdb-mysql"))).toEqual(Object.keys(server));
    expect(server.unknownRegion).toContain("HUAWEICLOUD_SDK_REGION_GAUSSDB_MYSQL_<REGION>");
    expect(server.missingRegion).toBe(", or set HUAWEICLOUD_SDK_REGION");
  });
});
