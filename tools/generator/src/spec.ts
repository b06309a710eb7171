import { readFile } from "node:fs/promises";
import { CORE_SCHEMA, load } from "js-yaml";
import { GeneratorError } from "./errors.js";

/** An OpenAPI document as parsed from YAML; only the parts the generator reads are typed. */
export interface SpecDocument {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly description?: string; readonly version: string };
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly [extension: `x-${string}`]: unknown;
}

/** Reads and parses one spec, failing with the file name when it is not a usable OpenAPI 3.1 document. */
export async function loadSpec(path: string, specFile: string): Promise<SpecDocument> {
  const text = await readFile(path, "utf8");
  let document: unknown;
  try {
    // js-yaml with the YAML 1.2 core schema (no timestamps, no merge keys) reads the specs as `yaml` does,
    // about ten times faster on a large spec; duplicate keys are still an error.
    document = load(text, { schema: CORE_SCHEMA, filename: specFile });
  } catch (error) {
    throw new GeneratorError(specFile, `is not valid YAML (${(error as Error).message})`);
  }
  if (!isRecord(document)) throw new GeneratorError(specFile, "must be a YAML mapping");
  if (typeof document.openapi !== "string" || !document.openapi.startsWith("3.1")) {
    throw new GeneratorError(specFile, `must declare openapi: 3.1.x (found ${String(document.openapi)})`);
  }
  if (!isRecord(document.info) || typeof document.info.title !== "string") {
    throw new GeneratorError(specFile, "must have info.title");
  }
  if (!isRecord(document.paths) || Object.keys(document.paths).length === 0) {
    throw new GeneratorError(specFile, "must have at least one path");
  }
  return document as unknown as SpecDocument;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows a local `$ref` ("#/components/parameters/ProjectId") until it reaches an object. */
export function resolveRef(spec: SpecDocument, specFile: string, value: unknown): Record<string, unknown> {
  const seen = new Set<string>();
  let current = value;
  while (isRecord(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (seen.has(ref)) throw new GeneratorError(specFile, `$ref cycle at ${ref}`);
    seen.add(ref);
    if (!ref.startsWith("#/")) throw new GeneratorError(specFile, `only local $refs are supported (${ref})`);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), spec);
    if (current === undefined) throw new GeneratorError(specFile, `$ref ${ref} points at nothing`);
  }
  if (!isRecord(current))
    throw new GeneratorError(specFile, `expected an object, found ${JSON.stringify(current)}`);
  return current;
}
