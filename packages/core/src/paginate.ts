import type { PaginationDescriptor } from "./descriptor.js";
import { DEFAULTS } from "./defaults.js";
import { HuaweiCloudConfigError } from "./errors.js";
import { HuaweiCloudPaginationError } from "./pagination-error.js";
import type { CallParams } from "./params.js";
import type { Paginator, RequestOptions } from "./types.js";

export type PageFetcher = (params: CallParams, options: RequestOptions | undefined) => Promise<unknown>;

function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/**
 * How far into `first` the page `second` starts, when it repeats the rest of `first` from there on: the
 * service read a page offset as an item count. Undefined when `second` does not start inside `first`.
 */
function overlapStart(first: readonly unknown[], second: readonly unknown[]): number | undefined {
  const json = (items: readonly unknown[]) => items.map((item) => JSON.stringify(item));
  const [a, b] = [json(first), json(second)];
  const start = a.indexOf(b[0]!, 1);
  if (start < 1) return undefined;
  return a.slice(start).every((item, i) => i >= b.length || item === b[i]) ? start : undefined;
}

function field(body: unknown, name: string): unknown {
  return typeof body === "object" && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

/**
 * Walks a list operation page by page, as its descriptor says: offset counted in items or pages, starting
 * at 0 or 1, sent back as a string when the caller gave a string (GaussDB). The next offset follows from what
 * was actually received (a service may cap a page below the limit asked for), so a short page does not end
 * the walk: it ends when the total is reached, on an empty page, or when a page repeats one of the last few
 * (a service ignoring the offset). Only the last `DEFAULTS.paging.recentPages` fingerprints are kept, so
 * memory does not grow with the listing, and more than `maxPages` pages end in HuaweiCloudPaginationError.
 * A page offset the service turns out to count in items (DWS documents pages, its sibling APIs count items)
 * shows on the second page, which then starts one item into the first: its repeated items are dropped and
 * the walk goes on counting items, so either reading lists every item once.
 */
export function createPaginator<Item, Page>(
  operationId: string,
  paging: PaginationDescriptor,
  fetchPage: PageFetcher,
  params: CallParams | undefined,
  options: RequestOptions | undefined,
  maxPages: number = DEFAULTS.paging.maxPages,
): Paginator<Item, Page> {
  const query = { ...params?.query };
  const givenOffset = query[paging.offsetParam];
  const givenLimit = query[paging.limitParam];
  const startOffset = givenOffset === undefined ? paging.first : toNumber(givenOffset);
  const limit = givenLimit === undefined ? undefined : toNumber(givenLimit);
  if (startOffset === undefined || startOffset < paging.first) {
    throw new HuaweiCloudConfigError(
      `${operationId}: query.${paging.offsetParam} must be a number >= ${paging.first}, got ${JSON.stringify(givenOffset)}.`,
    );
  }
  if (givenLimit !== undefined) {
    const allowed = paging.limitValues;
    if (limit === undefined || limit <= 0 || (allowed && !allowed.includes(limit))) {
      throw new HuaweiCloudConfigError(
        `${operationId}: query.${paging.limitParam} must be ${allowed ? `one of ${allowed.join(", ")}` : "a positive number"}, got ${JSON.stringify(givenLimit)}.`,
      );
    }
    if (paging.maxLimit !== undefined && limit > paging.maxLimit) {
      throw new HuaweiCloudConfigError(
        `${operationId}: query.${paging.limitParam} must be at most ${paging.maxLimit}, got ${limit}.`,
      );
    }
  }
  const asString = typeof givenOffset === "string";

  async function* pages(): AsyncGenerator<Page> {
    const recent: string[] = [];
    let unit = paging.unit;
    let firstPage: unknown[] | undefined;
    let offset = startOffset!;
    let pageSize = limit ?? paging.defaultLimit;
    // Items before the starting offset count toward the total.
    let position: number | undefined = paging.unit === "item" ? offset - paging.first : undefined;
    for (let fetched = 0; ; fetched++) {
      if (fetched === maxPages) {
        throw new HuaweiCloudPaginationError(
          `${operationId}: the listing did not end within maxPages (${maxPages}) pages.`,
          { operation: operationId, pages: maxPages },
        );
      }
      const page = await fetchPage(
        { ...params, query: { ...query, [paging.offsetParam]: asString ? String(offset) : offset } },
        options,
      );
      const items = field(page, paging.items);
      const list = Array.isArray(items) ? items : [];
      if (list.length === 0) return;
      const fingerprint = JSON.stringify(list);
      if (recent.includes(fingerprint)) return;
      recent.push(fingerprint);
      if (recent.length > DEFAULTS.paging.recentPages) recent.shift();
      let fresh = list;
      const shift = unit === "page" && fetched === 1 ? overlapStart(firstPage!, list) : undefined;
      if (shift !== undefined) {
        unit = "item";
        fresh = list.slice(firstPage!.length - shift);
        // Read as items, the first page started at item startOffset - first.
        position = startOffset! - paging.first + firstPage!.length;
      }
      firstPage = fetched === 0 ? list : undefined;
      if (fresh.length > 0)
        yield (fresh === list ? page : { ...(page as object), [paging.items]: fresh }) as Page;

      pageSize ??= list.length;
      if (position === undefined) position = (offset - paging.first) * pageSize;
      position += fresh.length;
      const total = paging.total === undefined ? undefined : toNumber(field(page, paging.total));
      // Items on a page the total says lies past the end: the service counted the offset in items too.
      if (unit === "page" && total !== undefined && position - list.length >= total) {
        unit = "item";
        position = offset - paging.first + list.length;
      }
      if (total !== undefined && position >= total) return;
      offset += unit === "item" ? list.length : 1;
    }
  }

  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) {
        yield* field(page, paging.items) as Item[];
      }
    },
  };
}
