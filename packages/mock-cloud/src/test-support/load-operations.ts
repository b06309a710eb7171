import { operations } from "../generated/operations.js";
import type { MockOperation } from "../mock-operation.js";

/**
 * Every operation the mock serves, as tools/generator compiled them from specs/ (`pnpm generate:check` keeps
 * them equal), copied so a test may change its own.
 */
export function loadOperations(): MockOperation[] {
  return structuredClone(operations) as MockOperation[];
}
