import type { Pagination, ParameterModel } from "./model.js";
import type { BodyProperties } from "./response-body.js";
import { isRecord } from "./spec.js";

/** Checks `x-hwcloud-pagination` against the operation's query parameters and 200 body. */
export function readPagination(
  value: unknown,
  parameters: readonly ParameterModel[],
  bodyProperties: BodyProperties | undefined,
  fail: (message: string) => never,
): Pagination {
  const prefix = "x-hwcloud-pagination";
  if (!isRecord(value)) return fail(`${prefix} must be an object`);
  const isQuery = (name: unknown) =>
    parameters.some((parameter) => parameter.in === "query" && parameter.name === name);
  if (!isQuery(value.offsetParam)) fail(`${prefix}.offsetParam must name a query parameter`);
  if (!isQuery(value.limitParam)) fail(`${prefix}.limitParam must name a query parameter`);
  if (value.unit !== "item" && value.unit !== "page") fail(`${prefix}.unit must be "item" or "page"`);
  if (value.first !== 0 && value.first !== 1) fail(`${prefix}.first must be 0 or 1`);
  if (bodyProperties === undefined) fail(`${prefix} needs a 200 application/json response with properties`);
  const items = bodyProperties![String(value.items)];
  if (items === undefined || items.type !== "array")
    fail(`${prefix}.items must name an array field of the 200 body`);
  if (value.total !== undefined && bodyProperties![String(value.total)] === undefined) {
    fail(`${prefix}.total must name a field of the 200 body`);
  }
  for (const key of ["defaultLimit", "maxLimit"] as const) {
    if (value[key] !== undefined && !Number.isInteger(value[key]))
      fail(`${prefix}.${key} must be an integer`);
  }
  const limitValues = value.limitValues;
  if (limitValues !== undefined && (!Array.isArray(limitValues) || !limitValues.every(Number.isInteger))) {
    fail(`${prefix}.limitValues must be a list of integers`);
  }
  // Copy only the known keys, in a fixed order, so the descriptor does not depend on how the spec is written.
  return {
    offsetParam: value.offsetParam as string,
    limitParam: value.limitParam as string,
    unit: value.unit as "item" | "page",
    first: value.first as number,
    items: value.items as string,
    ...(value.total === undefined ? {} : { total: value.total as string }),
    ...(value.defaultLimit === undefined ? {} : { defaultLimit: value.defaultLimit as number }),
    ...(value.maxLimit === undefined ? {} : { maxLimit: value.maxLimit as number }),
    ...(limitValues === undefined ? {} : { limitValues: limitValues as number[] }),
  };
}
