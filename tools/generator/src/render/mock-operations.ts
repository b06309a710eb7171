import type { ServiceSpec } from "@hwcloud-tools/spec-model";
import { compileMockOperations } from "../mock-operations.js";
import { tsHeader } from "./header.js";

/**
 * packages/mock-cloud/src/generated/operations.ts: what the mock cloud serves, as data. The data is JSON text in
 * a template literal, which prettier leaves as written: formatting a large object literal was most of the
 * generator's time on large specs.
 */
export function renderMockOperations(specs: readonly ServiceSpec[]): string {
  const json = JSON.stringify(compileMockOperations(specs), null, 2);
  return [
    tsHeader("specs/*.yaml"),
    `import type { MockOperation } from "../mock-operation.js";`,
    ``,
    `/** Every operation of specs/, by service name then path order, with its schemas written out in full. */`,
    `export const operations: readonly MockOperation[] = JSON.parse(${templateLiteral(json)});`,
    ``,
  ].join("\n");
}

function templateLiteral(text: string): string {
  return `\`${text.replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll("${", "\\${")}\``;
}
