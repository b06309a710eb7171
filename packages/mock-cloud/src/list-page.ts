import { MockRequestError } from "./error-response.js";
import type { JsonSchema, MockOperation } from "./mock-operation.js";
import { START_FIELDS, readTime } from "./time-fields.js";
import type { ValidatedParameters } from "./validate-request.js";

/**
 * Narrows a list the way the services do, then cuts the requested page:
 * - a query parameter named like an item field keeps the items whose field equals it (status, job_name, ...);
 * - a time parameter (x-hwcloud-time-format) bounds the item's start time: start_time/begin_time from below,
 *   end_time from above;
 * - `order=ASC` lists oldest first (the data is newest first);
 * - the page follows x-hwcloud-pagination: `unit: item` offsets count items, `unit: page` offsets count pages,
 *   both counted from `first`; page sizes outside `limitValues` or above `maxLimit` are refused.
 */
export function listPage(
  operation: MockOperation,
  envelope: Record<string, unknown>,
  allItems: Record<string, unknown>[],
  parameters: ValidatedParameters,
  errorCode: string,
): Record<string, unknown> {
  const pagination = operation.pagination;
  if (!pagination) throw new Error(`${operation.operationId} does not page`);
  const items = sortItems(filterItems(operation, allItems, parameters), parameters.query);

  const limit = Number(parameters.query[pagination.limitParam] ?? pagination.defaultLimit ?? 10);
  const offset = Number(parameters.query[pagination.offsetParam] ?? pagination.first);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new MockRequestError(
      400,
      errorCode,
      `query parameter ${pagination.limitParam} must be a positive integer`,
    );
  }
  if (pagination.limitValues && !pagination.limitValues.includes(limit)) {
    throw new MockRequestError(
      400,
      errorCode,
      `query parameter ${pagination.limitParam} must be one of ${pagination.limitValues.join(", ")}`,
    );
  }
  if (pagination.maxLimit !== undefined && limit > pagination.maxLimit) {
    throw new MockRequestError(
      400,
      errorCode,
      `query parameter ${pagination.limitParam} must be <= ${pagination.maxLimit}`,
    );
  }
  if (!Number.isInteger(offset) || offset < pagination.first) {
    throw new MockRequestError(
      400,
      errorCode,
      `query parameter ${pagination.offsetParam} must be an integer >= ${pagination.first}`,
    );
  }
  const start = pagination.unit === "page" ? (offset - pagination.first) * limit : offset - pagination.first;

  const body: Record<string, unknown> = {
    ...envelope,
    [pagination.items]: items.slice(start, start + limit),
  };
  if (pagination.total)
    body[pagination.total] = totalLike(envelope[pagination.total], operation, pagination.total, items.length);
  return body;
}

function filterItems(
  operation: MockOperation,
  items: Record<string, unknown>[],
  { query, times }: ValidatedParameters,
): Record<string, unknown>[] {
  const pagination = operation.pagination;
  const equalities = Object.entries(query).filter(
    ([name]) => !(name in times) && name !== pagination?.offsetParam && name !== pagination?.limitParam,
  );
  return items.filter((item) => {
    for (const [name, wanted] of equalities) {
      if (name in item && String(item[name]) !== String(wanted)) return false;
    }
    const started = readTime(
      START_FIELDS.map((field) => item[field]).find((value) => readTime(value) !== undefined),
    );
    if (started === undefined) return true;
    for (const [name, bound] of Object.entries(times)) {
      if (/start|begin|from/i.test(name) && started < bound) return false;
      if (/end|to$/i.test(name) && started > bound) return false;
    }
    return true;
  });
}

function sortItems(
  items: Record<string, unknown>[],
  query: Record<string, unknown>,
): Record<string, unknown>[] {
  return typeof query.order === "string" && query.order.toUpperCase() === "ASC"
    ? [...items].reverse()
    : items;
}

/** The total in the type the service sends it: as the example writes it, else the schema's first type. */
function totalLike(sample: unknown, operation: MockOperation, field: string, total: number): number | string {
  if (typeof sample === "number") return total;
  if (typeof sample === "string") return String(total);
  const envelope = operation.responses["200"]?.schema ?? {};
  const property = (envelope.properties as Record<string, JsonSchema> | undefined)?.[field] ?? {};
  const types = ([] as unknown[]).concat(property.type ?? "integer");
  return types[0] === "string" ? String(total) : total;
}
