import { PROJECT_ID, type OperationSpec, type ServiceSpec } from "@hwcloud-tools/spec-model";
import { GeneratorError } from "./errors.js";
import { RESERVED_MEMBERS, type OperationModel, type ServiceModel, type WaiterModel } from "./model-types.js";
import {
  argumentNameOf,
  clientInterfaceNameOf,
  factoryNameOf,
  isIdentifier,
  methodNameOf,
  packageNameOf,
  typeBaseNameOf,
} from "./naming.js";

/**
 * The spec model of one service with the names the generated package gives it, checked to be usable.
 * `specPath` is where the spec lives, relative to the repository root, for the generated files' headers.
 */
export function buildServiceModel(spec: ServiceSpec, specPath = `specs/${spec.specFile}`): ServiceModel {
  const { specFile } = spec;
  const operations = spec.operations.map((operation) => buildOperation(specFile, operation));
  const waiters = spec.operations.flatMap((operation, index) =>
    operation.waiter === undefined ? [] : [buildWaiter(operation, operations[index]!)],
  );
  checkUniqueMembers(specFile, operations, waiters);
  return {
    service: spec.service,
    specFile,
    specPath,
    packageName: packageNameOf(spec.service),
    factoryName: factoryNameOf(spec.service),
    clientInterfaceName: clientInterfaceNameOf(spec.service),
    title: spec.title,
    productName: spec.title.replace(/^Huawei ?Cloud\s+/i, ""),
    description: spec.description,
    regions: spec.regions,
    operations,
    waiters,
  };
}

function buildOperation(specFile: string, operation: OperationSpec): OperationModel {
  const { operationId, method, path } = operation;
  const fail = (message: string): never => {
    throw new GeneratorError(specFile, `${method} ${path}: ${message}`);
  };
  const methodName = methodNameOf(operationId);
  const typeBaseName = typeBaseNameOf(operationId);
  if (!isIdentifier(methodName) || !isIdentifier(typeBaseName))
    fail(`operationId ${operationId} gives no valid name`);
  return {
    operationId,
    methodName,
    typeBaseName,
    method,
    path,
    summary: operation.summary,
    parameters: operation.parameters,
    paramsRequired:
      operation.requestBody?.required === true ||
      operation.parameters.some((parameter) => parameter.required && parameter.name !== PROJECT_ID),
    requestBody: operation.requestBody,
    pagination: operation.pagination,
    timeFormats: operation.timeFormats,
  };
}

/** The spec's waiter as the runtime takes it (every field copied, the polled operation named by its method). */
function buildWaiter(operation: OperationSpec, built: OperationModel): WaiterModel {
  const { name, ...waiter } = operation.waiter!;
  return {
    name,
    descriptor: { operation: built.methodName, ...waiter },
    operationTypeBaseName: built.typeBaseName,
    idArgument: argumentNameOf(waiter.idParam),
  };
}

function checkUniqueMembers(
  specFile: string,
  operations: readonly OperationModel[],
  waiters: readonly WaiterModel[],
): void {
  const taken = new Map<string, string>();
  const claim = (name: string, owner: string) => {
    if (RESERVED_MEMBERS.has(name))
      throw new GeneratorError(specFile, `${owner} would shadow the client's ${name}`);
    const previous = taken.get(name);
    if (previous !== undefined)
      throw new GeneratorError(specFile, `${owner} and ${previous} both become ${name}`);
    taken.set(name, owner);
  };
  for (const operation of operations) claim(operation.methodName, `operationId ${operation.operationId}`);
  for (const waiter of waiters) claim(waiter.name, `waiter ${waiter.name}`);
  const typeNames = new Map<string, string>();
  for (const operation of operations) {
    const previous = typeNames.get(operation.typeBaseName);
    if (previous !== undefined) {
      throw new GeneratorError(
        specFile,
        `operationIds ${previous} and ${operation.operationId} give the same type names`,
      );
    }
    typeNames.set(operation.typeBaseName, operation.operationId);
  }
}
