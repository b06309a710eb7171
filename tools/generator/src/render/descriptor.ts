import type { ServiceModel } from "../model-types.js";
import { tsHeader } from "./header.js";
import { renderRegionTable } from "./region-list.js";

// Stands in for the shared `regions` constant in the JSON the descriptors are printed from.
const REGIONS = "\u0000regions";

/**
 * descriptor.ts: the service as data for the @hwcloud/core runtime (ServiceDescriptor). `descriptor` has
 * everything; `operationsDescriptor` only what operation methods read (no paging or waiter data), so a
 * bundle that calls operations through the operations-only client carries neither.
 */
export function renderDescriptor(model: ServiceModel): string {
  const operationsOnly = (withPaging: boolean) =>
    Object.fromEntries(
      model.operations.map((operation) => [
        operation.methodName,
        {
          operationId: operation.operationId,
          method: operation.method,
          path: operation.path,
          ...(!withPaging || operation.pagination === undefined ? {} : { pagination: operation.pagination }),
          ...(Object.keys(operation.timeFormats).length === 0 ? {} : { timeFormats: operation.timeFormats }),
        },
      ]),
    );
  const waiters = Object.fromEntries(model.waiters.map((waiter) => [waiter.name, waiter.descriptor]));
  const descriptor = {
    service: model.service,
    regions: REGIONS,
    operations: operationsOnly(true),
    ...(model.waiters.length === 0 ? {} : { waiters }),
  };
  const operationsDescriptor = {
    service: model.service,
    regions: REGIONS,
    operations: operationsOnly(false),
  };
  const literal = (value: object) =>
    `${JSON.stringify(value, null, 2).replace(`"regions": ${JSON.stringify(REGIONS)}`, "regions")} as const satisfies ServiceDescriptor`;
  const sameData = JSON.stringify(descriptor) === JSON.stringify(operationsDescriptor);
  return [
    tsHeader(model.specPath),
    `import { regionTable, type ServiceDescriptor } from "@hwcloud/core";`,
    ``,
    `const regions = ${renderRegionTable(model.regions)};`,
    ``,
    `/** What the runtime needs to know about ${model.title}: endpoints, operations, paging, time formats, waiters. */`,
    `export const descriptor = ${literal(descriptor)};`,
    ``,
    `/** What the operation methods alone read (createOperationsClient): endpoints, operations and time formats. */`,
    `export const operationsDescriptor = ${sameData ? "descriptor" : literal(operationsDescriptor)};`,
    ``,
  ].join("\n");
}
