import {
  BaseResolver,
  normalizeTypes,
  Oas3_1Types,
  resolveDocument,
  Source,
  type ResolvedRefMap,
} from "@redocly/openapi-core";
import { SpecModelError } from "./errors.js";
import { isRecord, unescapePointer } from "./json-pointer.js";
import type { Resolved } from "./types.js";

/**
 * Follows a spec's `$ref`s; `follow(value, pointer)` returns the object a reference chain ends at, its pointer,
 * and the chain of objects passed (`value` first).
 */
export type Follow = (value: unknown, pointer?: string) => Resolved;

const rootType = normalizeTypes(Oas3_1Types).Root!;
/** Long enough for any real chain of references; a longer one is a cycle. */
const MAX_HOPS = 32;

/**
 * Resolves every `$ref` of the document with redocly's resolver (the one `redocly lint` uses): a reference
 * to nothing, or to another file that cannot be read, is an error naming it.
 */
export async function createFollow(
  specFile: string,
  document: unknown,
  absoluteRef: string,
): Promise<Follow> {
  const resolver = new BaseResolver();
  const rootDocument = { source: new Source(absoluteRef, ""), parsed: document };
  const refs: ResolvedRefMap = await resolveDocument({
    rootDocument,
    externalRefResolver: resolver,
    rootType,
  });
  return (value, pointer = "") => {
    let current = { node: asObject(specFile, value, pointer), pointer };
    const chain: Record<string, unknown>[] = [current.node];
    for (let hops = 0; typeof current.node.$ref === "string"; hops++) {
      const ref = current.node.$ref;
      if (hops === MAX_HOPS) throw new SpecModelError(specFile, `$ref cycle at ${ref}`);
      if (!ref.startsWith("#/"))
        throw new SpecModelError(specFile, `only local $refs are supported (${ref})`);
      // redocly maps a reference to the end of its chain; one hop at a time keeps the objects between in `chain`.
      const named = valueAt(document, ref.slice(1));
      if (isRecord(named) && typeof named.$ref === "string") {
        current = { node: named, pointer: ref.slice(1) };
        chain.push(named);
        continue;
      }
      const target = refs.get(`${absoluteRef}::${ref}`);
      if (target === undefined || !target.resolved || target.node === undefined) {
        throw new SpecModelError(specFile, `$ref ${ref} points at nothing`);
      }
      current = { node: asObject(specFile, target.node, ref.slice(1)), pointer: ref.slice(1) };
      chain.push(current.node);
    }
    return { ...current, chain };
  };
}

function asObject(specFile: string, value: unknown, pointer: string): Record<string, unknown> {
  if (!isRecord(value)) {
    throw new SpecModelError(
      specFile,
      `${pointer || "/"} must be an object (found ${JSON.stringify(value)})`,
    );
  }
  return value;
}

/** The value at a JSON pointer of the document ("" is the whole document), undefined when there is none. */
export function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const segment of pointer.split("/").slice(1).map(unescapePointer)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isRecord(node)) node = node[segment];
    else return undefined;
  }
  return node;
}
