import { SpecModelError } from "./errors.js";
import { PROJECT_ID, type JsonSchema, type ParameterSpec, type Waiter } from "./types.js";

/**
 * `x-hwcloud-waiter` (its shape already checked by specs/x-hwcloud.schema.json) against what it names: a path
 * parameter carrying the id, fields of the 200 body to watch, and no other required parameter to guess.
 */
export function readWaiter(
  value: unknown,
  operationId: string,
  parameters: readonly ParameterSpec[],
  okBody: Readonly<Record<string, JsonSchema>> | undefined,
  specFile: string,
): Waiter {
  const waiter = value as Waiter;
  const fail = (message: string): never => {
    throw new SpecModelError(specFile, `${operationId}: x-hwcloud-waiter${message}`);
  };
  const idParameter = parameters.find((p) => p.in === "path" && p.name === waiter.idParam);
  if (idParameter === undefined) fail(".idParam must name a path parameter of the operation");
  const others = parameters.filter((p) => p.required && p !== idParameter && p.name !== PROJECT_ID);
  if (others.length > 0)
    fail(` cannot poll an operation with other required parameters (${others[0]!.name})`);
  if (okBody?.[waiter.statusField] === undefined) fail(".statusField must name a field of the 200 body");
  if (waiter.reasonField !== undefined && okBody?.[waiter.reasonField] === undefined) {
    fail(".reasonField must name a field of the 200 body");
  }
  const overlap = waiter.success.filter((state) => waiter.failure.includes(state));
  if (overlap.length > 0) fail(` lists ${overlap[0]} as both a success and a failure state`);
  return {
    name: waiter.name,
    idParam: waiter.idParam,
    statusField: waiter.statusField,
    success: waiter.success,
    failure: waiter.failure,
    ...(waiter.reasonField === undefined ? {} : { reasonField: waiter.reasonField }),
  };
}
