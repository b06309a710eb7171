import { isDeepStrictEqual } from "node:util";
import type { JsonSchema, Pagination, ParameterSpec } from "./types.js";

const PREFIX = "x-hwcloud-pagination";

/**
 * `x-hwcloud-pagination` (its shape already checked by specs/x-hwcloud.schema.json) against what it names:
 * query parameters for the offset and the limit, an array field of the 200 body for the items.
 */
export function readPagination(
  value: unknown,
  parameters: readonly ParameterSpec[],
  okBody: Readonly<Record<string, JsonSchema>> | undefined,
  fail: (message: string) => never,
): Pagination {
  const paging = value as Pagination;
  const query = (name: string) =>
    parameters.find((parameter) => parameter.in === "query" && parameter.name === name);
  const offset = query(paging.offsetParam) ?? fail(`${PREFIX}.offsetParam must name a query parameter`);
  const limit = query(paging.limitParam) ?? fail(`${PREFIX}.limitParam must name a query parameter`);
  checkAgreement(paging, offset.schema, limit.schema, fail);
  if (okBody === undefined) return fail(`${PREFIX} needs a 200 application/json response with properties`);
  const items = okBody[paging.items];
  if (items === undefined || items.type !== "array")
    fail(`${PREFIX}.items must name an array field of the 200 body`);
  if (paging.total !== undefined && okBody[paging.total] === undefined) {
    fail(`${PREFIX}.total must name a field of the 200 body`);
  }
  // Only the known keys, in a fixed order, so what is generated does not depend on how the spec is written.
  return {
    offsetParam: paging.offsetParam,
    limitParam: paging.limitParam,
    unit: paging.unit,
    first: paging.first,
    items: paging.items,
    ...(paging.total === undefined ? {} : { total: paging.total }),
    ...(paging.defaultLimit === undefined ? {} : { defaultLimit: paging.defaultLimit }),
    ...(paging.maxLimit === undefined ? {} : { maxLimit: paging.maxLimit }),
    ...(paging.limitValues === undefined ? {} : { limitValues: paging.limitValues }),
  };
}

/** The paging rules repeat what the offset and limit parameters document, so the two cannot drift apart. */
function checkAgreement(
  paging: Pagination,
  offset: JsonSchema,
  limit: JsonSchema,
  fail: (message: string) => never,
): void {
  if (offset.default !== undefined && Number(offset.default) !== paging.first) {
    fail(`${PREFIX}.first must be the offset parameter's default (${String(offset.default)})`);
  }
  if (typeof offset.minimum === "number" && offset.minimum > paging.first) {
    fail(`${PREFIX}.first is below the offset parameter's minimum (${offset.minimum})`);
  }
  const documented = {
    defaultLimit: limit.default === undefined ? undefined : Number(limit.default),
    maxLimit: limit.maximum,
    limitValues: Array.isArray(limit.enum) ? limit.enum.map(Number) : undefined,
  };
  for (const [key, value] of Object.entries(documented)) {
    if (!isDeepStrictEqual(paging[key as keyof typeof documented], value)) {
      fail(
        `${PREFIX}.${key} must repeat the limit parameter's ${JSON.stringify(value) ?? "absent value"} (schema ${key === "defaultLimit" ? "default" : key === "maxLimit" ? "maximum" : "enum"})`,
      );
    }
  }
}
