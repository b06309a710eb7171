import { expect, test } from "vitest";
import { RegionsError } from "./errors.js";
import { openOfficialSource } from "./official-source.js";
import { tempTree } from "./test-support.js";

const node = `export class DcsRegion {\n  public static XX_TEST_1 = new Region("xx-test-1", ["https://dcs.xx-test-1.example.com"]);\n}`;
const gaussdbJava = `public static final Region XX_TEST_1 = new Region("xx-test-1", "https://gaussdb.xx-test-1.example.com");`;
const want = (service: string) => ({ "xx-test-1": `https://${service}.xx-test-1.example.com` });

const layouts: [string, Record<string, string>, string][] = [
  ["a Node SDK checkout", { "services/dcs/v2/DcsRegion.ts": node }, "dcs"],
  [
    "installed Node packages",
    {
      "@huaweicloud/huaweicloud-sdk-dcs/v2/DcsRegion.js": node,
      "@huaweicloud/huaweicloud-sdk-dcs/v2/DcsRegion.d.ts": "declare",
    },
    "dcs",
  ],
  [
    "a project using the Node SDK",
    { "node_modules/@huaweicloud/huaweicloud-sdk-dcs/v2/DcsRegion.js": node },
    "dcs",
  ],
  [
    "a Java SDK checkout",
    {
      "services/gaussdb/src/main/java/com/huaweicloud/sdk/gaussdb/v3/region/GaussDBRegion.java": gaussdbJava,
    },
    "gaussdb-mysql",
  ],
  ["a Python SDK checkout", { "huaweicloud-sdk-dcs/huaweicloudsdkdcs/v2/region/dcs_region.py": node }, "dcs"],
];

test.each(layouts)("finds the region file in %s", (_name, files, service) => {
  const source = openOfficialSource(tempTree(files));
  expect(source.tableFor(service)).toEqual(want(service === "gaussdb-mysql" ? "gaussdb" : "dcs"));
});

test("a service the SDK folder does not hold has no table (and other services' files are not taken for it)", () => {
  const source = openOfficialSource(
    tempTree({
      "services/dcs/v2/DcsRegion.ts": node,
      "services/gaussdbfornosql/v3/GaussDBforNoSQLRegion.ts": node,
    }),
  );
  expect(source.tableFor("gaussdb-mysql")).toBeUndefined();
});

test("two region files that disagree are an error naming both", () => {
  const root = tempTree({
    "services/dcs/v1/DcsRegion.ts": node,
    "services/dcs/v2/DcsRegion.ts": node.replace("xx-test-1.example", "xx-test-1.other"),
  });
  expect(() => openOfficialSource(root).tableFor("dcs")).toThrow(/disagree.*v1.*v2/);
});

test("reads the checked-in JSON shape", () => {
  const root = tempTree({ "official.json": JSON.stringify({ regions: { dcs: want("dcs") } }) });
  const source = openOfficialSource(`${root}/official.json`);
  expect(source.tableFor("dcs")).toEqual(want("dcs"));
  expect(source.tableFor("kafka")).toBeUndefined();
});

test("rejects JSON that is not a region table, and a path that does not exist", () => {
  const root = tempTree({
    "bad.json": JSON.stringify({ regions: { dcs: { "xx-test-1": 1 } } }),
    "notjson.json": "{",
  });
  expect(() => openOfficialSource(`${root}/bad.json`).tableFor("dcs")).toThrow(RegionsError);
  expect(() => openOfficialSource(`${root}/notjson.json`)).toThrow(/not JSON/);
  expect(() => openOfficialSource(`${root}/missing`)).toThrow(/not found/);
});
