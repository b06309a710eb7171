import type { OpenApiDocument } from "@hwcloud-tools/spec-model";
import { loadOpenapiTypescript } from "./commonjs.js";
import { tsHeader } from "./header.js";
import { openEnumType } from "./open-enum.js";

/** schema.ts: the openapi-typescript types (`paths`, `components`, `operations`) of one spec. */
export async function renderSchema(specPath: string, spec: OpenApiDocument): Promise<string> {
  const { default: openapiTS, astToString } = loadOpenapiTypescript();
  // openapi-typescript annotates the document it is given; hand it a copy.
  const ast = await openapiTS(structuredClone(spec) as Parameters<typeof openapiTS>[0], {
    silent: true,
    transform: (schema) => openEnumType(schema as Record<string, unknown>),
  });
  return `${tsHeader(specPath)}\n${astToString(ast)}`;
}
