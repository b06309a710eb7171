import { fileURLToPath } from "node:url";
import { createSpecSchemaValidator, loadSpecModel } from "@hwcloud-tools/spec-model";
import { describe, expect, test } from "vitest";
import { createMockCloud } from "./create-mock-cloud.js";
import type { MockOperation } from "./mock-operation.js";
import { get } from "./test-support/signed-request.js";

// The answers are checked against specs/ as the spec model reads it, not against the generated data the mock
// answers from: a schema lost or changed on the way through the generator shows up here.
const model = await loadSpecModel(fileURLToPath(new URL("../../../specs/", import.meta.url)));
const validators = new Map(
  model.services.map((spec) => [spec.service, createSpecSchemaValidator(spec.service, spec.document)]),
);
const datasets = ["examples", "seeded"] as const;

/** The pointer of the schema the spec documents for a status (exact code, range, default), if any. */
function documentedSchemaPointer(operation: MockOperation, status: number): string | undefined {
  const spec = model.services.find((s) => s.service === operation.service)!;
  const { responses } = spec.operations.find((o) => o.operationId === operation.operationId)!;
  const response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  return response?.schemaPointer;
}

function expectMatches(operation: MockOperation, pointer: string, body: unknown, what: string): void {
  const errors = validators.get(operation.service)!.validate(pointer, body);
  expect(errors, `${what}: ${errors.join("; ")}`).toEqual([]);
}

/** A request path for the operation, its path parameters filled from their examples (or a placeholder). */
function samplePath(operation: MockOperation, jobId?: string): string {
  return operation.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (name === operation.waiter?.idParam && jobId) return jobId;
    const parameter = operation.parameters.find((p) => p.in === "path" && p.name === name);
    return encodeURIComponent(String(parameter?.example ?? `sample-${name}`));
  });
}

describe.each(datasets)(
  "every 200 answer of the %s dataset matches the spec's response schema",
  (dataset) => {
    const mock = createMockCloud({ dataset, itemsPerList: 60 });
    const listOfSameService = (service: string) =>
      mock.operations.find((o) => o.service === service && o.pagination);

    test.each(
      mock.operations.map(
        (operation) => [`${operation.service} ${operation.operationId}`, operation] as const,
      ),
    )("%s", async (_, operation) => {
      let jobId: string | undefined;
      if (operation.waiter && dataset === "seeded") {
        const list = listOfSameService(operation.service)!;
        const page = await get(
          mock,
          `${samplePath(list)}?limit=5`.replace("?", list.pathTemplate.includes("?") ? "&" : "?"),
        );
        jobId = (page.body[list.pagination!.items] as Record<string, string>[])[0]![operation.waiter.idParam];
      }
      const answer = await get(mock, samplePath(operation, jobId));
      expect(answer.status).toBe(200);
      expectMatches(operation, documentedSchemaPointer(operation, 200)!, answer.body, "body");
      if (operation.pagination) {
        expect((answer.body[operation.pagination.items] as unknown[]).length).toBeGreaterThan(0);
      }
    });
  },
);

describe("error answers match each operation's documented error schema", () => {
  const mock = createMockCloud();
  test.each(
    mock.operations.map((operation) => [`${operation.service} ${operation.operationId}`, operation] as const),
  )("%s: 400 and 401", async (_, operation) => {
    const invalid = await get(mock, `${samplePath(operation)}?not_a_parameter=1`);
    const unsigned = await mock.handle(new Request(`http://mock.test${samplePath(operation)}`));
    for (const [status, body] of [
      [invalid.status, invalid.body],
      [unsigned.status, await unsigned.json()],
    ] as const) {
      // Gateway errors (401) can come where a page documents none: they still use the shared ErrorResponse.
      const pointer = documentedSchemaPointer(operation, status) ?? "/components/schemas/ErrorResponse";
      expectMatches(operation, pointer, body, `${status} body`);
    }
    expect([invalid.status, unsigned.status]).toEqual([400, 401]);
  });
});
