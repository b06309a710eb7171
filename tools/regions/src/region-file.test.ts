import { expect, test } from "vitest";
import { parseRegionFile } from "./region-file.js";

// One declaration in each official SDK's spelling (the ids and hosts are made up).
const cases: [string, { given: string; want: Record<string, string> }][] = [
  [
    "Node TypeScript source (endpoints in an array)",
    {
      given: `public static XX_TEST_1 = new Region("xx-test-1", ["https://svc.xx-test-1.example.com", "https://alt.example.com"]);`,
      want: { "xx-test-1": "https://svc.xx-test-1.example.com" },
    },
  ],
  [
    "Node compiled JavaScript (namespaced import)",
    {
      given: `XxRegion.XX_TEST_1 = new region_1.Region("xx-test-1", ["https://svc.xx-test-1.example.com"]);`,
      want: { "xx-test-1": "https://svc.xx-test-1.example.com" },
    },
  ],
  [
    "Java (a line break after the field name)",
    {
      given: `public static final Region XX_TEST_1 =\n        new Region("xx-test-1", "https://svc.xx-test-1.example.com");`,
      want: { "xx-test-1": "https://svc.xx-test-1.example.com" },
    },
  ],
  [
    "Python (the endpoint on its own line)",
    {
      given: `    XX_TEST_1 = Region("xx-test-1",\n                        "https://svc.xx-test-1.example.com")\n    XX_TEST_2 = Region("xx-test-2", "https://svc.xx-test-2.example.eu")`,
      want: {
        "xx-test-1": "https://svc.xx-test-1.example.com",
        "xx-test-2": "https://svc.xx-test-2.example.eu",
      },
    },
  ],
  [
    "the first declaration of an id wins; the lookup map that repeats ids adds nothing",
    {
      given: `new Region("xx-test-1", "https://first.example.com");\nnew Region("xx-test-1", "https://second.example.com");\nmap.put("xx-test-1", XX_TEST_1);`,
      want: { "xx-test-1": "https://first.example.com" },
    },
  ],
];

test.each(cases)("reads %s", (_name, { given, want }) => {
  expect(parseRegionFile(given)).toEqual(want);
});

test("keeps the declaration order, which the specs keep too", () => {
  const text = `new Region("b-test-1", "https://b.example.com")\nnew Region("a-test-1", "https://a.example.com")`;
  expect(Object.keys(parseRegionFile(text))).toEqual(["b-test-1", "a-test-1"]);
});
