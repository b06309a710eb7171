import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test, vi } from "vitest";
import { regionEndpointOverride, regionServiceNames } from "./region-endpoints.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

/**
 * A temporary home folder (HOME, which node:os reads), with ~/.huaweicloud/regions.yaml when given: the file
 * is found and read through node:fs as in production.
 */
function home(regionsYaml?: string): string {
  const folder = mkdtempSync(join(tmpdir(), "regions-home-"));
  folders.push(folder);
  if (regionsYaml !== undefined) {
    mkdirSync(join(folder, ".huaweicloud"));
    writeFileSync(join(folder, ".huaweicloud", "regions.yaml"), regionsYaml);
  }
  vi.stubEnv("HOME", folder);
  return folder;
}

const dcsFile = "DCS:\n  - id: xx-test-1\n    endpoint: https://dcs.from-file.example.com\n";

test("the service's variable wins over the regions file", () => {
  home(dcsFile);
  const env = { HUAWEICLOUD_SDK_REGION_DCS_XX_TEST_1: "https://dcs.from-env.example.com" };
  expect(regionEndpointOverride("dcs", "xx-test-1", env)).toEqual({
    endpoint: "https://dcs.from-env.example.com",
    source: "HUAWEICLOUD_SDK_REGION_DCS_XX_TEST_1",
  });
});

test("reads ~/.huaweicloud/regions.yaml when no variable names the region", () => {
  const folder = home(dcsFile);
  expect(regionEndpointOverride("dcs", "xx-test-1", {})).toEqual({
    endpoint: "https://dcs.from-file.example.com",
    source: `regions file ${folder}/.huaweicloud/regions.yaml (DCS, xx-test-1)`,
  });
});

test("HUAWEICLOUD_SDK_REGIONS_FILE points at another file", () => {
  const other = join(home(dcsFile), "elsewhere.yaml");
  writeFileSync(other, "KAFKA:\n  - id: xx-test-1\n    endpoints: [https://dms.from-file.example.com]\n");
  const env = { HUAWEICLOUD_SDK_REGIONS_FILE: other };
  expect(regionEndpointOverride("kafka", "xx-test-1", env)?.endpoint).toBe(
    "https://dms.from-file.example.com",
  );
  expect(regionEndpointOverride("dcs", "xx-test-1", env)).toBeUndefined();
});

test("nothing is found without a variable or file entry for that service and region", () => {
  home(dcsFile);
  expect(regionEndpointOverride("dcs", "xx-test-2", {})).toBeUndefined();
  expect(regionEndpointOverride("kafka", "xx-test-1", {})).toBeUndefined();
  home();
  expect(regionEndpointOverride("dcs", "xx-test-1", {})).toBeUndefined();
});

test("GaussDB for MySQL answers to its own name and to the official SDKs' GAUSSDB", () => {
  home();
  expect(regionServiceNames("gaussdb-mysql")).toEqual(["GAUSSDB_MYSQL", "GAUSSDB"]);
  const env = { HUAWEICLOUD_SDK_REGION_GAUSSDB_XX_TEST_1: "https://gaussdb.official-name.example.com" };
  expect(regionEndpointOverride("gaussdb-mysql", "xx-test-1", env)?.endpoint).toBe(
    "https://gaussdb.official-name.example.com",
  );
});

test("reads process.env by default", () => {
  home();
  vi.stubEnv("HUAWEICLOUD_SDK_REGION_DWS_XX_TEST_1", "https://dws.process-env.example.com");
  expect(regionEndpointOverride("dws", "xx-test-1")?.endpoint).toBe("https://dws.process-env.example.com");
});

test("reads neither the environment nor a file in a browser page", () => {
  home(dcsFile);
  vi.stubEnv("HUAWEICLOUD_SDK_REGION_DWS_XX_TEST_1", "https://dws.process-env.example.com");
  vi.stubGlobal("window", {});
  vi.stubGlobal("document", {});
  vi.stubGlobal("navigator", {});
  expect(regionEndpointOverride("dws", "xx-test-1")).toBeUndefined();
  expect(regionEndpointOverride("dcs", "xx-test-1")).toBeUndefined();
});

test("a broken regions file is a configuration error naming it", () => {
  home("DCS:\n  - endpoint: https://x.example.com\n");
  expect(() => regionEndpointOverride("dcs", "xx-test-1", {})).toThrow(
    /regions file .*regions\.yaml, line 2: a region entry has no id/,
  );
});
