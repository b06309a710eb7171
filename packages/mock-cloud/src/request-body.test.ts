import { signRequest } from "@hwcloud/signer";
import { describe, expect, test } from "vitest";
import { createMockCloud } from "./create-mock-cloud.js";
import type { OpenApiDocument } from "./openapi-types.js";

// A spec with a JSON request body, to show bodies are checked as strictly as parameters.
const spec: OpenApiDocument = {
  openapi: "3.1.0",
  security: [{ akSk: [] }],
  paths: {
    "/v1/{project_id}/widgets": {
      post: {
        operationId: "CreateWidget",
        parameters: [{ name: "project_id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/CreateWidgetRequest" } } },
        },
        responses: {
          "200": {
            description: "Created.",
            content: { "application/json": { schema: { type: "object" }, example: { id: "w-1" } } },
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      akSk: { type: "apiKey", in: "header", name: "Authorization", "x-hwcloud-signing": "SDK-HMAC-SHA256" },
    },
    schemas: {
      CreateWidgetRequest: {
        type: "object",
        required: ["name"],
        properties: { name: { type: "string" }, size: { type: "integer", minimum: 1 } },
      },
    },
  },
};
const mock = createMockCloud({ specs: { widgets: spec } });

async function post(body: string | undefined) {
  const url = "http://mock.test/v1/p/widgets";
  const headers = await signRequest(
    { method: "POST", url, headers: { "Content-Type": "application/json" }, body },
    mock.credentials,
  );
  const response = await mock.handle(new Request(url, { method: "POST", headers, body }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("JSON request bodies are checked against the operation's requestBody schema", () => {
  test("a body that fits is answered", async () => {
    expect(await post(JSON.stringify({ name: "w", size: 2 }))).toEqual({ status: 200, body: { id: "w-1" } });
  });

  test.each([
    [
      "a missing required property",
      JSON.stringify({ size: 2 }),
      /request body must have required property 'name'/,
    ],
    ["a value below its minimum", JSON.stringify({ name: "w", size: 0 }), /request body size must be >= 1/],
    ["text that is not JSON", "{name:", /not valid JSON/],
    ["no body where one is required", undefined, /request body is required/],
  ])("%s is refused with 400", async (_, body, message) => {
    expect(await post(body)).toMatchObject({
      status: 400,
      body: { error_msg: expect.stringMatching(message) },
    });
  });
});
