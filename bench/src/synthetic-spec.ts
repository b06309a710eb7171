// Writes an OpenAPI 3.1 spec of any size in the shape of the real ones: every fourth operation is a
// paginated list with a time-format filter, the others show an item, its metrics, or delete it; each operation brings
// two component schemas of its own (so 1,000 operations carry 2,001 schemas with ErrorResponse).
import { stringify } from "yaml";

const pad = (i: number) => String(i).padStart(4, "0");

const errorResponses = {
  "400": { $ref: "#/components/responses/Error" },
  "404": { $ref: "#/components/responses/Error" },
};

function itemSchema(i: number) {
  return {
    type: "object",
    description: `Item of collection ${i}.`,
    required: ["id", "name", "status"],
    properties: {
      id: { type: "string", example: `item-${pad(i)}` },
      name: { type: "string", maxLength: 64 },
      status: { type: "string", enum: ["CREATING", "RUNNING", "DELETING", "ERROR"] },
      size_gb: { type: "integer", format: "int32", minimum: 1 },
      created_at: { type: "string", format: "date-time" },
      description: { type: ["string", "null"] },
      tags: {
        type: "array",
        items: {
          type: "object",
          properties: { key: { type: "string" }, value: { type: "string" } },
        },
      },
    },
  };
}

function json(ref: string, description: string) {
  return {
    description,
    content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } },
  };
}

const idParam = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });

export function syntheticSpec(operations: number): string {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < operations; i++) {
    const n = pad(i);
    const item = `Item${n}`;
    const collection = `/v1/{project_id}/collection${n}`;
    schemas[item] = itemSchema(i);
    const common = { tags: [`Collection${n}`], parameters: [{ $ref: "#/components/parameters/ProjectId" }] };
    switch (i % 4) {
      case 0:
        schemas[`ListItems${n}Response`] = {
          type: "object",
          properties: {
            items: { type: "array", items: { $ref: `#/components/schemas/${item}` } },
            total_count: { type: "integer" },
          },
        };
        paths[collection] = {
          get: {
            ...common,
            operationId: `ListItems${n}`,
            summary: `List the items of collection ${i}`,
            "x-hwcloud-pagination": {
              offsetParam: "offset",
              limitParam: "limit",
              unit: "item",
              first: 0,
              items: "items",
              total: "total_count",
              defaultLimit: 10,
              maxLimit: 100,
            },
            parameters: [
              ...common.parameters,
              {
                name: "start_time",
                in: "query",
                "x-hwcloud-time-format": "yyyyMMddHHmmss",
                schema: { type: "string", example: "20240102030405" },
              },
              { name: "offset", in: "query", schema: { type: "integer", minimum: 0, default: 0 } },
              {
                name: "limit",
                in: "query",
                schema: { type: "integer", minimum: 1, maximum: 100, default: 10 },
              },
            ],
            responses: { "200": json(`ListItems${n}Response`, "One page of items."), ...errorResponses },
          },
        };
        break;
      case 1:
        schemas[`ShowItem${n}Response`] = {
          type: "object",
          properties: { item: { $ref: `#/components/schemas/${item}` }, etag: { type: "string" } },
        };
        paths[`${collection}/{item_id}`] = {
          get: {
            ...common,
            operationId: `ShowItem${n}`,
            summary: `Show one item of collection ${i}`,
            parameters: [...common.parameters, idParam("item_id")],
            responses: { "200": json(`ShowItem${n}Response`, "The item."), ...errorResponses },
          },
        };
        break;
      case 2:
        schemas[`ShowItem${n}MetricsResponse`] = {
          type: "object",
          properties: {
            item_id: { type: "string" },
            metrics: {
              type: "array",
              items: {
                type: "object",
                properties: { name: { type: "string" }, value: { type: "number" }, unit: { type: "string" } },
              },
            },
          },
        };
        paths[`${collection}/{item_id}/metrics`] = {
          get: {
            ...common,
            operationId: `ShowItem${n}Metrics`,
            summary: `Show the metrics of one item of collection ${i}`,
            parameters: [
              ...common.parameters,
              idParam("item_id"),
              { name: "period", in: "query", schema: { type: "string", enum: ["1m", "5m", "1h"] } },
              { name: "X-Language", in: "header", schema: { type: "string", enum: ["en-us", "zh-cn"] } },
            ],
            responses: {
              "200": json(`ShowItem${n}MetricsResponse`, "The item's metrics."),
              ...errorResponses,
            },
          },
        };
        break;
      default:
        schemas[`DeleteItem${n}Response`] = {
          type: "object",
          properties: { job_id: { type: "string" } },
        };
        paths[`${collection}/{item_id}`] = {
          delete: {
            ...common,
            operationId: `DeleteItem${n}`,
            summary: `Delete one item of collection ${i}`,
            parameters: [...common.parameters, idParam("item_id")],
            responses: { "200": json(`DeleteItem${n}Response`, "The deletion job."), ...errorResponses },
          },
        };
    }
  }
  schemas.ErrorResponse = {
    type: "object",
    required: ["error_code", "error_msg"],
    properties: {
      error_code: { type: "string" },
      error_msg: { type: "string" },
      error_ext_msg: { type: ["string", "null"] },
    },
  };
  return stringify(
    {
      openapi: "3.1.0",
      info: {
        title: "Synthetic",
        version: "1.0",
        description: `A generated spec with ${operations} operations.`,
      },
      "x-hwcloud-regions": { "cn-north-4": "https://synthetic.cn-north-4.example.com" },
      servers: [{ url: "https://synthetic.cn-north-4.example.com" }],
      security: [{ akSk: [] }],
      paths,
      components: {
        securitySchemes: {
          akSk: {
            type: "apiKey",
            in: "header",
            name: "Authorization",
            "x-hwcloud-signing": "SDK-HMAC-SHA256",
          },
        },
        parameters: {
          ProjectId: { name: "project_id", in: "path", required: true, schema: { type: "string" } },
        },
        responses: { Error: json("ErrorResponse", "The request failed.") },
        schemas,
      },
    },
    // Shared objects are written out in full: the generator reads specs with YAML alias limits.
    { aliasDuplicateObjects: false },
  );
}
