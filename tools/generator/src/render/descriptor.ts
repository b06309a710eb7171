import type { ServiceModel } from "../model-types.js";
import { tsHeader } from "./header.js";

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
    regions: model.regions,
    operations,
    ...(model.waiters.length === 0 ? {} : { waiters }),
  };
  return [
    tsHeader(model.specPath),
    `import type { ServiceDescriptor } from "@hwcloud/core";`,
    ``,
    `/** What the runtime needs to know about ${model.title}: endpoints, operations, paging, time formats, waiters. */`,
    `export const descriptor = ${JSON.stringify(descriptor, null, 2)} as const satisfies ServiceDescriptor;`,
    ``,
  ].join("\n");
}
