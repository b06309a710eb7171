/** Loads specs/*.yaml and finds the operation a page documents, by method and path template. */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { isSpecFile, loadSpecDocument, type SpecDocument } from "@hwcloud-tools/spec-model";

export type { SpecDocument } from "@hwcloud-tools/spec-model";
export type Json = Record<string, unknown>;

export interface SpecOperation {
  spec: SpecDocument;
  method: string;
  path: string;
  /** JSON pointer of the operation object inside the spec. */
  pointer: string;
  operation: Json;
}

/** Every spec of `specsDir` that has paths, read through the spec model (unfinished extensions allowed). */
export async function loadSpecs(specsDir: string): Promise<SpecDocument[]> {
  const files = (await readdir(specsDir)).filter(isSpecFile).sort();
  const specs = await Promise.all(files.map((f) => loadSpecDocument(join(specsDir, f))));
  return specs.filter((s) => "paths" in s.doc);
}

/** Path templates match when their literal segments match; parameter names may differ. */
export function templateKey(path: string): string {
  return path.replace(/\{[^}]+\}/g, "{}").replace(/\/+$/, "");
}

/** Whether a concrete path (e.g. from a request example) fits a template; {placeholders} match any segment. */
export function matchesTemplate(path: string, template: string): boolean {
  const a = path.replace(/\/+$/, "").split("/");
  const b = template.replace(/\/+$/, "").split("/");
  return (
    a.length === b.length &&
    b.every((segment, i) => (/^\{[^}]+\}$/.test(segment) ? a[i] !== "" : segment === a[i]))
  );
}

export function findOperation(
  specs: SpecDocument[],
  method: string,
  path: string,
): SpecOperation | undefined {
  for (const spec of specs) {
    const paths = (spec.doc.paths ?? {}) as Record<string, Json>;
    for (const [template, item] of Object.entries(paths)) {
      if (templateKey(template) !== templateKey(path)) continue;
      const operation = item[method.toLowerCase()];
      if (isObject(operation)) {
        return {
          spec,
          method,
          path: template,
          pointer: `/paths/${escapePointer(template)}/${method.toLowerCase()}`,
          operation,
        };
      }
    }
  }
  return undefined;
}

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export interface Resolved {
  node: Json;
  pointer: string;
  /** Every object passed through on the way, the referring object first (its siblings may carry notes). */
  chain: Json[];
}

/**
 * The spec model's `follow`, seen as docs-check compares: `node` is the target with the keys beside each `$ref`
 * (3.1 allows them) laid over it, so a parameter's own description or note wins. Undefined when `node` is no
 * object (nothing declared there); a `$ref` to nothing is the model's SpecModelError.
 */
export function followRef(spec: SpecDocument, node: unknown, pointer: string): Resolved | undefined {
  if (!isObject(node)) return undefined;
  const { pointer: targetPointer, chain } = spec.follow(node, pointer);
  const merged: Json = {};
  for (const part of [...chain].reverse()) Object.assign(merged, part);
  delete merged.$ref;
  return { node: merged, pointer: targetPointer, chain: [...chain] };
}
