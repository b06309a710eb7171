import { readFileSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, test } from "vitest";
import { STATUS_TABLES } from "./status.js";
import type { TaskService } from "./task.js";

const specsDir = new URL("../../../specs/", import.meta.url);
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** Where each service's status words are defined: spec file, schema, field. */
const STATUS_FIELDS: Record<TaskService, [file: string, schema: string, field: string][]> = {
  dcs: [
    ["dcs.yaml", "ListCenterTasksResp", "status"],
    ["dcs.yaml", "ShowJobInfoResponse", "status"],
  ],
  dws: [["dws.yaml", "LogicalClusterTaskInfo", "result"]],
  gaussdb: [["gaussdb-mysql.yaml", "TaskDetailInfo", "status"]],
  kafka: [["kafka.yaml", "BackgroundTask", "status"]],
};

interface StatusSchema {
  description?: string;
  enum?: string[];
  "x-hwcloud-open-enum"?: string[];
}

/** The values a spec lists for a status field: its open enum, its enum, or none. */
const listedValues = (schema: StatusSchema) => [
  ...(schema["x-hwcloud-open-enum"] ?? []),
  ...(schema.enum ?? []),
];

function statusSchemas(service: TaskService): StatusSchema[] {
  return STATUS_FIELDS[service].map(([file, schema, field]) => {
    const spec = load(readFileSync(new URL(file, specsDir), "utf8")) as {
      components: {
        schemas: Record<string, { properties: Record<string, { description?: string; enum?: string[] }> }>;
      };
    };
    return spec.components.schemas[schema]!.properties[field]!;
  });
}

describe.each(Object.keys(STATUS_FIELDS) as TaskService[])(
  "the %s status table comes from its spec",
  (service) => {
    test("every word in the table is one the spec lists (none invented)", () => {
      const listed = statusSchemas(service).flatMap((s) => [
        ...(s.enum ?? []),
        ...(s.description?.match(/\w+/g) ?? []),
      ]);
      for (const word of Object.keys(STATUS_TABLES[service])) expect(listed, word).toContain(word);
    });

    test("every value of the spec's enum is in the table (none missed)", () => {
      for (const schema of statusSchemas(service))
        for (const value of schema.enum ?? []) expect(Object.keys(STATUS_TABLES[service])).toContain(value);
    });
  },
);

test("the README's status table is the code's", () => {
  const rows = [
    ...readme.matchAll(/^\| (DCS|DWS|GaussDB\(MySQL\)|Kafka) +\| `([^`]+)` +\| `([a-z]+)` +\|$/gm),
  ];
  const fromReadme: Record<string, Record<string, string>> = {};
  const services: Record<string, TaskService> = {
    DCS: "dcs",
    DWS: "dws",
    "GaussDB(MySQL)": "gaussdb",
    Kafka: "kafka",
  };
  for (const [, label, word, status] of rows) (fromReadme[services[label!]!] ??= {})[word!] = status!;
  expect(fromReadme).toEqual(STATUS_TABLES);
});
