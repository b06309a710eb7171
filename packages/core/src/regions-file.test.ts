import { expect, test } from "vitest";
import { HuaweiCloudConfigError } from "./errors.js";
import { parseRegionsFile } from "./regions-file.js";

const table = (text: string) =>
  Object.fromEntries([...parseRegionsFile(text, "regions.yaml")].map(([k, v]) => [k, Object.fromEntries(v)]));

test("reads { id, endpoint } and { id, endpoints } entries per service, service names upper-cased", () => {
  const text = [
    "# regions newer than the SDK",
    "DCS:",
    "  - id: xx-test-1",
    "    endpoint: https://dcs.xx-test-1.example.com",
    "  - id: 'xx-test-2'",
    "    endpoints:",
    "      - https://dcs.xx-test-2.example.com",
    '      - "https://backup.example.com"',
    "kafka:",
    "  - endpoints: [https://dms.xx-test-1.example.com, https://b.example.com]  # flow list",
    "    id: xx-test-1",
    "",
  ].join("\n");
  expect(table(text)).toEqual({
    DCS: {
      "xx-test-1": ["https://dcs.xx-test-1.example.com"],
      "xx-test-2": ["https://dcs.xx-test-2.example.com", "https://backup.example.com"],
    },
    KAFKA: { "xx-test-1": ["https://dms.xx-test-1.example.com", "https://b.example.com"] },
  });
});

test("puts endpoint before endpoints and skips an entry that names no endpoint, as the official Go core does", () => {
  const text =
    "DWS:\n  - id: a-b-1\n    endpoints: [https://second.example.com]\n    endpoint: https://first.example.com\n  - id: a-b-2\n";
  expect(table(text)).toEqual({
    DWS: { "a-b-1": ["https://first.example.com", "https://second.example.com"] },
  });
});

test("keeps a # inside a quoted or unspaced value", () => {
  expect(table("DCS:\n  - id: a-b-1\n    endpoint: 'https://x.example.com/#a' # note\n")).toEqual({
    DCS: { "a-b-1": ["https://x.example.com/#a"] },
  });
});

test.each([
  ["a line that is not a service name", "just text\n", /line 1: expected "<service>:", got "just text"/],
  ["an entry before any service", "  - id: a-b-1\n", /line 1: unexpected "- id: a-b-1"/],
  [
    "an entry without an id",
    "DCS:\n  - endpoint: https://x.example.com\n",
    /line 2: a region entry has no id/,
  ],
  [
    "endpoints that are not a list",
    "DCS:\n  - id: a-b-1\n    endpoints: https://x\n",
    /line 3: endpoints must be a list/,
  ],
  ["a key outside any entry", "DCS:\n  id: a-b-1\n", /line 2: expected "- id: <region id>"/],
])("names the file and line of %s", (_name, text, message) => {
  expect(() => parseRegionsFile(text, "/home/u/.huaweicloud/regions.yaml")).toThrow(HuaweiCloudConfigError);
  expect(() => parseRegionsFile(text, "/home/u/.huaweicloud/regions.yaml")).toThrow(message);
});
