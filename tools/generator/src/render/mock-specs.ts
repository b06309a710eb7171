import type { OpenApiDocument } from "@hwcloud-tools/spec-model";
import { tsHeader } from "./header.js";

/**
 * packages/mock-cloud/src/generated/specs.ts: every spec as JSON ($refs intact), keyed by service name. Each
 * spec is JSON text in a template literal, which prettier leaves as written: formatting megabytes of object
 * literal was most of the generator's time on large specs.
 */
export function renderMockSpecs(specs: ReadonlyMap<string, OpenApiDocument>): string {
  const services = [...specs.keys()].sort();
  const body = services.map(
    (service) =>
      `  ${propertyKey(service)}: JSON.parse(${templateLiteral(JSON.stringify(specs.get(service), null, 2))}),`,
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

/** Service names are lower-case words joined by "-": quoted only when prettier would quote them. */
function propertyKey(name: string): string {
  return /^[a-z_$][\w$]*$/i.test(name) ? name : JSON.stringify(name);
}

function templateLiteral(text: string): string {
  return `\`${text.replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll("${", "\\${")}\``;
}
