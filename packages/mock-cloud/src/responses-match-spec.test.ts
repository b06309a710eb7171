import { describe, expect, test } from "vitest";
import { documentedResponse } from "./compile-operations.js";
import { createMockCloud } from "./create-mock-cloud.js";
import { successSchema } from "./datasets.js";
import type { JsonSchema } from "./openapi-types.js";
import { describeSchemaErrors, SchemaValidator } from "./schema-validator.js";
import { loadSpecs } from "./test-support/load-specs.js";
import { get } from "./test-support/signed-request.js";

const specs = loadSpecs();
const validator = new SchemaValidator();
const datasets = ["examples", "seeded"] as const;

/** A request path for the operation, its path parameters filled from their examples (or a placeholder). */
function samplePath(
  operation: ReturnType<typeof createMockCloud>["operations"][number],
  jobId?: string,
): string {
  return operation.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (name === operation.waiter?.idParam && jobId) return jobId;
    const parameter = operation.parameters.find((p) => p.in === "path" && p.name === name);
    return encodeURIComponent(String(parameter?.example ?? parameter?.schema?.example ?? `sample-${name}`));
  });
}

describe.each(datasets)(
  "every 200 answer of the %s dataset matches the spec's response schema",
  (dataset) => {
    const mock = createMockCloud({ specs, dataset, itemsPerList: 60 });
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
      const validate = validator.compile(successSchema(operation).schema as JsonSchema, operation.document);
      expect(validate(answer.body), describeSchemaErrors(validate.errors, "body")).toBe(true);
      if (operation.pagination) {
        expect((answer.body[operation.pagination.items] as unknown[]).length).toBeGreaterThan(0);
      }
    });
  },
);

describe("error answers match each operation's documented error schema", () => {
  const mock = createMockCloud({ specs });
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
      const schema = documentedResponse(operation, status)?.schema ?? {
        $ref: "#/components/schemas/ErrorResponse",
      };
      const validate = validator.compile(schema, operation.document);
      expect(validate(body), describeSchemaErrors(validate.errors, `${status} body`)).toBe(true);
    }
    expect([invalid.status, unsigned.status]).toEqual([400, 401]);
  });
});
