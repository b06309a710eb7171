import { specs } from "../generated/specs.js";
import type { OpenApiDocument } from "../openapi-types.js";

/**
 * Every spec the mock serves, keyed by service name: the generated specs.ts (which `pnpm generate:check` keeps
 * equal to specs/*.yaml), copied so a test may change its own.
 */
export function loadSpecs(): Record<string, OpenApiDocument> {
  return structuredClone(specs) as Record<string, OpenApiDocument>;
}
