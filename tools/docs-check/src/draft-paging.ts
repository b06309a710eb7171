/**
 * Guesses `x-hwcloud-pagination` from the query parameters (offset/limit, start/limit, page/size, marker/limit)
 * and the 200 body (its array field and a total count). Pages rarely say whether an offset counts items or
 * pages, or where counting starts, so the guess is always marked for a person to confirm.
 */
import type { DocField, DocParam } from "./page-model.js";
import { note, type Schema } from "./draft-schema.js";

const OFFSETS = [
  "offset",
  "start",
  "marker",
  "page",
  "page_no",
  "page_num",
  "pageno",
  "page_number",
  "cursor",
];
const LIMITS = ["limit", "size", "page_size", "pagesize", "per_page", "max_items"];
const TOTALS = /^(total|count|total_count|totalcount|total_num|total_number|\w+_count|\w+_total)$/i;

/** The guessed block, and the note (for the operation: the block itself takes only the generator's keys). */
export function guessPagination(
  params: DocParam[],
  body: DocField[] | undefined,
): { pagination: Schema; note: Schema } | undefined {
  const query = params.filter((p) => p.in === "query");
  const find = (names: string[]) =>
    names.map((n) => query.find((p) => p.name.toLowerCase() === n)).find((p) => p !== undefined);
  const offset = find(OFFSETS);
  const limit = find(LIMITS.filter((n) => n !== offset?.name.toLowerCase()));
  const items = body?.find((f) => f.type.kind === "array" && f.type.items.kind === "object");
  if (!offset || !limit || !items) return undefined;
  const total = body?.find(
    (f) => f !== items && TOTALS.test(f.name) && ["integer", "string"].includes(f.type.kind),
  );

  // A page number counts pages and starts at 1; an offset counts items and starts at 0 (as the page's default
  // or minimum says, when it says).
  const pageNumber = /^page/.test(offset.name.toLowerCase());
  const firstFromPage = offset.default ?? offset.minimum;
  const first = firstFromPage === 0 || firstFromPage === 1 ? Number(firstFromPage) : pageNumber ? 1 : 0;
  const pagination: Schema = {
    offsetParam: offset.name,
    limitParam: limit.name,
    unit: pageNumber ? "page" : "item",
    first,
    items: items.name,
  };
  if (total) pagination.total = total.name;
  if (typeof limit.default === "number" && Number.isInteger(limit.default))
    pagination.defaultLimit = limit.default;
  if (limit.maximum !== undefined && Number.isInteger(limit.maximum)) pagination.maxLimit = limit.maximum;
  const limitValues = limit.enum?.filter((v): v is number => typeof v === "number" && Number.isInteger(v));
  if (limitValues && limitValues.length > 0) pagination.limitValues = limitValues;
  const marker = /marker|cursor/.test(offset.name.toLowerCase());
  const review = note(
    "other",
    `x-hwcloud-pagination guessed from the ${offset.name}/${limit.name} parameters${total ? ` and the ${total.name} field` : ""}.`,
    marker
      ? `TODO: ${offset.name} looks like a marker (the last item's id), which the offset walker cannot follow; confirm, or remove this block.`
      : `TODO: confirm that ${offset.name} counts ${pageNumber ? "pages" : "items"} starting at ${first}.`,
  );
  return { pagination, note: review };
}
