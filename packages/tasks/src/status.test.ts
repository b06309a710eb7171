import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadSpecModel, type ServiceSpec } from "@hwcloud-tools/spec-model";
import { beforeAll, describe, expect, test } from "vitest";
import { STATUS_TABLES } from "./status.js";
import type { TaskService } from "./task.js";

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

let specs: readonly ServiceSpec[];
beforeAll(async () => {
  specs = (await loadSpecModel(fileURLToPath(new URL("../../../specs/", import.meta.url)))).services;
});

/** The values a spec lists for a status field: its open enum or its enum. */
const listedValues = (schema: StatusSchema) => [
  ...(schema["x-hwcloud-open-enum"] ?? []),
  ...(schema.enum ?? []),
];

function statusSchemas(service: TaskService): StatusSchema[] {
  return STATUS_FIELDS[service].map(([file, schema, field]) => {
    const spec = specs.find((candidate) => candidate.specFile === file)!;
    const pointer = `/components/schemas/${schema}/properties/${field}`;
    return spec.follow(spec.at(pointer), pointer).node as StatusSchema;
  });
}

describe.each(Object.keys(STATUS_FIELDS) as TaskService[])(
  "the %s status table comes from its spec",
  (service) => {
    test("every word in the table is one the spec lists (none invented)", () => {
      const listed = statusSchemas(service).flatMap((s) => [
        ...listedValues(s),
        ...(s.description?.match(/\w+/g) ?? []),
      ]);
      for (const word of Object.keys(STATUS_TABLES[service])) expect(listed, word).toContain(word);
    });

    test("every value of the spec's list (enum or x-hwcloud-open-enum) is in the table (none missed)", () => {
      for (const schema of statusSchemas(service))
        for (const value of listedValues(schema))
          expect(Object.keys(STATUS_TABLES[service])).toContain(value);
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
