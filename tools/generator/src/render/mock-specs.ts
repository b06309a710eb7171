import type { SpecDocument } from "../spec.js";
import { tsHeader } from "./header.js";

/** packages/mock-cloud/src/generated/specs.ts: every spec as JSON ($refs intact), keyed by service name. */
export function renderMockSpecs(specs: ReadonlyMap<string, SpecDocument>): string {
  const services = [...specs.keys()].sort();
  const body = services.map(
    (service) => `  ${JSON.stringify(service)}: ${JSON.stringify(specs.get(service))},`,
  );
  return [
    tsHeader("specs/*.yaml"),
    `/** An OpenAPI 3.1 document parsed from YAML, \`$ref\`s kept as written. */`,
    `export interface SpecDocument {`,
    `  readonly openapi: string;`,
    `  readonly [key: string]: unknown;`,
    `}`,
    ``,
    `/** Every spec in specs/, keyed by service name (the file name without .yaml), in name order. */`,
    `export const specs: Readonly<Record<string, SpecDocument>> = {`,
    ...body,
    `};`,
    ``,
  ].join("\n");
}
