import type { OperationModel, ServiceModel, WaiterModel } from "../model-types.js";
import { docText, tsHeader } from "./header.js";

/**
 * client.ts: the named types of every operation and the typed factory. Methods, `paginate.*` and waiters
 * are built by @hwcloud/core from the descriptor at runtime; this file only types them, with the JSDoc
 * editors show, and core checks the interface against the type it derives from the descriptor.
 */
export function renderClient(model: ServiceModel): string {
  const paginated = model.operations.filter((operation) => operation.pagination !== undefined);
  const coreTypes = [
    "ClientOptions",
    "OperationParams",
    "OperationPromise",
    "OperationResult",
    ...(paginated.length > 0 ? ["Paginator"] : []),
    "RequestOptions",
    "ServiceClient",
    ...(model.waiters.length > 0 ? ["WaitOptions"] : []),
  ];
  return [
    tsHeader(model.specPath),
    `import { createOperationsClient, createServiceClient } from "@hwcloud/core";`,
    `import type { ${coreTypes.join(", ")} } from "@hwcloud/core";`,
    `import { descriptor, operationsDescriptor } from "./descriptor.js";`,
    `import type { operations, paths } from "./schema.js";`,
    ``,
    ...model.operations.flatMap(renderOperationTypes),
    `/**`,
    ` * A client for Huawei Cloud ${docText(model.productName)}: one method per operation, plus the openapi-fetch`,
    ` * methods (GET, use, ...).`,
    ` */`,
    `export interface ${model.clientInterfaceName} extends ServiceClient<paths> {`,
    ...model.operations.flatMap(renderMethod),
    ...(paginated.length === 0
      ? []
      : [
          `  /** Async iterators over every item (and, with \`.pages()\`, every page) of the list operations. */`,
          `  readonly paginate: {`,
          ...paginated.flatMap(renderPaginateMethod),
          `  };`,
        ]),
    ...model.waiters.flatMap((waiter) => renderWaiter(waiter)),
    `}`,
    ``,
    `/**`,
    ` * Creates a Huawei Cloud ${docText(model.productName)} client.`,
    ` * Requests are signed with \`credentials\`; \`{project_id}\` is filled from \`projectId\` when a call leaves it`,
    ` * out; \`endpoint\` wins over \`region\`.`,
    ` */`,
    `export function ${model.factoryName}(options: ClientOptions = {}): ${model.clientInterfaceName} {`,
    `  // Typed from the descriptor: a member the interface above declares differently fails to compile here.`,
    `  return createServiceClient<paths, typeof descriptor, ${model.clientInterfaceName}>(descriptor, options);`,
    `}`,
    ``,
    ...renderOperationsFactory(model),
  ].join("\n");
}

/**
 * The operation methods alone, for bundles that must stay small: the same methods without the raw
 * openapi-fetch client, paginators or waiters, none of whose code a bundle using it then carries.
 */
function renderOperationsFactory(model: ServiceModel): string[] {
  const name = model.clientInterfaceName.replace(/Client$/, "OperationsClient");
  const factory = model.factoryName.replace(/Client$/, "OperationsClient");
  const methods = model.operations.map((operation) => JSON.stringify(operation.methodName)).join(" | ");
  return [
    `/** The operation methods of ${model.clientInterfaceName} alone (no GET/use, paginate or waiters). */`,
    `export type ${name} = Pick<${model.clientInterfaceName}, ${methods}>;`,
    ``,
    `/**`,
    ` * Creates a Huawei Cloud ${docText(model.productName)} client with the operation methods only: the same`,
    ` * signing, retries and errors as \`${model.factoryName}\`, without the raw openapi-fetch client, paginators`,
    ` * or waiters, so a browser bundle carries none of their code.`,
    ` */`,
    `export function ${factory}(options: ClientOptions = {}): ${name} {`,
    `  return createOperationsClient<paths, typeof operationsDescriptor, ${name}>(operationsDescriptor, options);`,
    `}`,
    ``,
  ];
}

function renderOperationTypes(operation: OperationModel): string[] {
  const { operationId, typeBaseName, pagination } = operation;
  const timeKeys = Object.keys(operation.timeFormats).map((key) => JSON.stringify(key));
  const typeArguments = [
    `operations[${JSON.stringify(operationId)}]`,
    ...(timeKeys.length > 0 ? [timeKeys.join(" | ")] : []),
  ];
  return [
    `/** Parameters of ${operationId} (${operation.method} ${operation.path}); project_id defaults to the client's. */`,
    `export type ${typeBaseName}Params = OperationParams<${typeArguments.join(", ")}>;`,
    `/** The 200 body of ${operationId}. */`,
    `export type ${typeBaseName}Response = OperationResult<operations[${JSON.stringify(operationId)}]>;`,
    ...(pagination === undefined
      ? []
      : [
          `/** One element of ${operationId}'s \`${pagination.items}\`, as \`paginate.${operation.methodName}\` yields it. */`,
          `export type ${typeBaseName}Item = NonNullable<${typeBaseName}Response[${JSON.stringify(pagination.items)}]>[number];`,
        ]),
    ``,
  ];
}

function paramsArgument(operation: OperationModel): string {
  return `params${operation.paramsRequired ? "" : "?"}: ${operation.typeBaseName}Params`;
}

function renderMethod(operation: OperationModel): string[] {
  const summary = operation.summary === undefined ? operation.operationId : docText(operation.summary);
  return [
    `  /** ${summary} (${operation.operationId}: ${operation.method} ${operation.path}). */`,
    `  ${operation.methodName}(${paramsArgument(operation)}, options?: RequestOptions): OperationPromise<${operation.typeBaseName}Response>;`,
  ];
}

function renderPaginateMethod(operation: OperationModel): string[] {
  const { typeBaseName } = operation;
  return [
    `    /** Every item of ${operation.operationId}, fetching pages as the loop advances. */`,
    `    ${operation.methodName}(${paramsArgument(operation)}, options?: RequestOptions): Paginator<${typeBaseName}Item, ${typeBaseName}Response>;`,
  ];
}

function renderWaiter(waiter: WaiterModel): string[] {
  const states = (list: readonly string[]) => list.join(", ");
  return [
    `  /**`,
    `   * Polls ${waiter.descriptor.operation} until \`${waiter.descriptor.statusField}\` is ${states(waiter.descriptor.success)} (resolves with that body)`,
    `   * or ${states(waiter.descriptor.failure)} (rejects with a WaiterError${waiter.descriptor.reasonField === undefined ? "" : ` carrying \`${waiter.descriptor.reasonField}\``}).`,
    `   */`,
    `  ${waiter.name}(${waiter.idArgument}: string, options?: WaitOptions): Promise<${waiter.operationTypeBaseName}Response>;`,
  ];
}
