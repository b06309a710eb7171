import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { resolveRef, type SpecDocument } from "../../src/spec.js";

/** The 200 body a spec documents for an operation (its first example), so a test can reply with it. */
export function okExample(specPath: string, operationId: string): unknown {
  const spec = parse(readFileSync(specPath, "utf8")) as SpecDocument;
  for (const pathItem of Object.values(spec.paths)) {
    for (const operation of Object.values(pathItem) as Record<string, any>[]) {
      if (operation?.operationId !== operationId) continue;
      const ok = resolveRef(spec, specPath, operation.responses["200"]) as { content: Record<string, any> };
      const media = ok.content["application/json"];
      if (media.example !== undefined) return media.example;
      const first = Object.values(media.examples ?? {})[0];
      return first === undefined ? {} : resolveRef(spec, specPath, first).value;
    }
  }
  throw new Error(`${specPath} has no operation ${operationId}`);
}
