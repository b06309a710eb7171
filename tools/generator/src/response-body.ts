import { isRecord, resolveRef, type SpecDocument } from "./spec.js";

/** Top-level fields of a response body: name -> schema, with $refs followed. */
export type BodyProperties = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** The top-level properties of the operation's 200 application/json body, with $refs followed. */
export function okBodyProperties(
  spec: SpecDocument,
  specFile: string,
  operation: Record<string, unknown>,
): BodyProperties | undefined {
  const responses = operation.responses;
  if (!isRecord(responses) || responses["200"] === undefined) return undefined;
  const content = resolveRef(spec, specFile, responses["200"]).content;
  const media = isRecord(content) ? content["application/json"] : undefined;
  if (!isRecord(media) || media.schema === undefined) return undefined;
  const properties = resolveRef(spec, specFile, media.schema).properties;
  if (!isRecord(properties)) return undefined;
  return Object.fromEntries(
    Object.entries(properties).map(([name, schema]) => [name, resolveRef(spec, specFile, schema)]),
  );
}
