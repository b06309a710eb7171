import type { ServiceModel } from "../model-types.js";
import { tsHeader } from "./header.js";
import { renderRegionTable } from "./region-list.js";

/**
 * descriptor.ts: the service as data for the @hwcloud/core runtime (ServiceDescriptor). Each operation is a
 * constant of its own; `operationsDescriptor` holds them as operation methods read them, and `descriptor`
 * adds paging and waiters. The paging is joined on with a pure-annotated Object.assign, so a bundle that
 * uses only the operations-only client can drop `descriptor` with its paging and waiter data.
 */
export function renderDescriptor(model: ServiceModel): string {
  const operations = model.operations.map((operation) => ({
    name: operation.methodName,
    constant: `${operation.methodName}Operation`,
    pagination: operation.pagination,
    entry: {
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      ...(Object.keys(operation.timeFormats).length === 0 ? {} : { timeFormats: operation.timeFormats }),
    },
  }));
  const waiters = Object.fromEntries(model.waiters.map((waiter) => [waiter.name, waiter.descriptor]));
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  const descriptorOf = (members: string[]) =>
    `{ service: ${json(model.service)}, regions, ${members.join(", ")} } as const satisfies ServiceDescriptor`;
  const withPaging = operations.map(({ name, constant, pagination }) =>
    pagination === undefined
      ? `${name}: ${constant}`
      : `${name}: /* @__PURE__ */ Object.assign({ pagination: ${json(pagination)} } as const, ${constant})`,
  );
  const hasExtras = model.waiters.length > 0 || operations.some(({ pagination }) => pagination !== undefined);
  return [
    tsHeader(model.specPath),
    `import { regionTable, type ServiceDescriptor } from "@hwcloud/core";`,
    ``,
    `const regions = ${renderRegionTable(model.regions)};`,
    ``,
    ...operations.flatMap(({ constant, entry }) => [`const ${constant} = ${json(entry)} as const;`, ``]),
    `/** What the operation methods alone read (createOperationsClient): endpoints, operations and time formats. */`,
    `export const operationsDescriptor = ${descriptorOf([
      `operations: { ${operations.map(({ name, constant }) => `${name}: ${constant}`).join(", ")} }`,
    ])};`,
    ``,
    `/** What the runtime needs to know about ${model.title}: endpoints, operations, paging, time formats, waiters. */`,
    `export const descriptor = ${
      hasExtras
        ? descriptorOf([
            `operations: { ${withPaging.join(", ")} }`,
            ...(model.waiters.length === 0 ? [] : [`waiters: ${json(waiters)}`]),
          ])
        : "operationsDescriptor"
    };`,
    ``,
  ].join("\n");
}
