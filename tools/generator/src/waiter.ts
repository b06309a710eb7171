import { GeneratorError } from "./errors.js";
import { PROJECT_ID, type OperationModel, type WaiterModel } from "./model.js";
import { argumentNameOf, isIdentifier } from "./naming.js";
import type { BodyProperties } from "./response-body.js";
import { isRecord } from "./spec.js";

/** Checks `x-hwcloud-waiter` on an operation: an id path parameter, and fields of its 200 body to watch. */
export function buildWaiter(
  specFile: string,
  operation: OperationModel,
  body: BodyProperties | undefined,
  value: unknown,
): WaiterModel {
  const prefix = `${operation.operationId}: x-hwcloud-waiter`;
  const fail = (message: string): never => {
    throw new GeneratorError(specFile, `${prefix}${message}`);
  };
  if (!isRecord(value)) return fail(" must be an object");
  if (typeof value.name !== "string" || !isIdentifier(value.name)) fail(".name must be a method name");
  const idParameter = operation.parameters.find((p) => p.in === "path" && p.name === value.idParam);
  if (idParameter === undefined) fail(".idParam must name a path parameter of the operation");
  const others = operation.parameters.filter((p) => p.required && p !== idParameter && p.name !== PROJECT_ID);
  if (others.length > 0)
    fail(` cannot poll an operation with other required parameters (${others[0]!.name})`);
  if (body?.[String(value.statusField)] === undefined) fail(".statusField must name a field of the 200 body");
  if (value.reasonField !== undefined && body?.[String(value.reasonField)] === undefined) {
    fail(".reasonField must name a field of the 200 body");
  }
  for (const key of ["success", "failure"] as const) {
    const states = value[key];
    if (
      !Array.isArray(states) ||
      states.length === 0 ||
      !states.every((state) => typeof state === "string")
    ) {
      fail(`.${key} must be a non-empty list of states`);
    }
  }
  return {
    name: value.name as string,
    operation: operation.methodName,
    operationTypeBaseName: operation.typeBaseName,
    idParam: value.idParam as string,
    idArgument: argumentNameOf(value.idParam as string),
    statusField: value.statusField as string,
    success: value.success as string[],
    failure: value.failure as string[],
    ...(value.reasonField === undefined ? {} : { reasonField: value.reasonField as string }),
  };
}
