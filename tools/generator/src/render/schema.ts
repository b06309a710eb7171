import openapiTS, { astToString } from "openapi-typescript";
import { reindentLikePrettier } from "../layout.js";
import type { OpenApiDocument } from "@hwcloud-tools/spec-model";
import { tsHeader } from "./header.js";
import { openEnumType } from "./open-enum.js";

/**
 * schema.ts: the openapi-typescript types (`paths`, `components`, `operations`) of one spec, already in
 * prettier's layout (`format` formats a fragment of TypeScript).
 */
export async function renderSchema(
  specFile: string,
  spec: OpenApiDocument,
  printWidth: number,
  format: (text: string) => Promise<string>,
): Promise<string> {
  // openapi-typescript annotates the document it is given; hand it a copy.
  const ast = await openapiTS(structuredClone(spec) as Parameters<typeof openapiTS>[0], {
    silent: true,
    transform: (schema) => openEnumType(schema as Record<string, unknown>),
  });
  return `${tsHeader(`specs/${specFile}`)}\n${await reindentLikePrettier(astToString(ast), printWidth, format)}`;
}
