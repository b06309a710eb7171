import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { SpecModelError } from "./errors.js";
import { isRecord } from "./json-pointer.js";
import { parseSpec } from "./load.js";
import { createFollow, type Follow } from "./references.js";

/**
 * A parsed spec with its `$ref`s resolved, for readers of drafts and unfinished specs (docs-check): unlike
 * `buildServiceSpec` it does not require the `x-hwcloud-*` extensions to be complete or the document to be
 * OpenAPI 3.1, only a YAML mapping whose `$ref`s point at something.
 */
export interface SpecDocument {
  /** The path it was read from. */
  readonly file: string;
  readonly doc: Record<string, unknown>;
  readonly follow: Follow;
}

/** Reads and parses one spec file and resolves its `$ref`s. */
export async function loadSpecDocument(path: string): Promise<SpecDocument> {
  const specFile = path.split(/[/\\]/).at(-1)!;
  return specDocumentOf(path, parseSpec(specFile, await readFile(path, "utf8")));
}

/** A document already parsed (or changed by a test), `$ref`s resolved as if it were read from `path`. */
export async function specDocumentOf(path: string, doc: unknown): Promise<SpecDocument> {
  const specFile = path.split(/[/\\]/).at(-1)!;
  if (!isRecord(doc)) throw new SpecModelError(specFile, "must be a YAML mapping");
  return { file: path, doc, follow: await createFollow(specFile, doc, resolve(path)) };
}
