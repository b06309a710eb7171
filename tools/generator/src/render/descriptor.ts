import type { ServiceModel } from "../model-types.js";
import { tsHeader } from "./header.js";
import { renderRegionTable } from "./region-list.js";

// Stands in for the regionTable(...) call in the JSON the descriptor is printed from.
const REGIONS = "\u0000regions";

/** descriptor.ts: the service as data for the @hwcloud/core runtime (ServiceDescriptor). */
export function renderDescriptor(model: ServiceModel): string {
  const operations = Object.fromEntries(
    model.operations.map((operation) => [
      operation.methodName,
      {
        operationId: operation.operationId,
        method: operation.method,
        path: operation.path,
        ...(operation.pagination === undefined ? {} : { pagination: operation.pagination }),
        ...(Object.keys(operation.timeFormats).length === 0 ? {} : { timeFormats: operation.timeFormats }),
      },
    ]),
  );
  const waiters = Object.fromEntries(model.waiters.map((waiter) => [waiter.name, waiter.descriptor]));
  const descriptor = {
    service: model.service,
    regions: REGIONS,
    operations,
    ...(model.waiters.length === 0 ? {} : { waiters }),
  };
  return [
    tsHeader(model.specPath),
    `import { regionTable, type ServiceDescriptor } from "@hwcloud/core";`,
    ``,
    `/** What the runtime needs to know about ${model.title}: endpoints, operations, paging, time formats, waiters. */`,
    `export const descriptor = ${JSON.stringify(descriptor, null, 2).replace(
      JSON.stringify(REGIONS),
      renderRegionTable(model.regions),
    )} as const satisfies ServiceDescriptor;`,
    ``,
  ].join("\n");
}
