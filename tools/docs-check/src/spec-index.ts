/** Loads specs/*.yaml and finds the operation a page documents, by method and path template. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { isSpecFile, parseSpec } from "@hwcloud-tools/spec-model";

export type Json = Record<string, unknown>;

export interface SpecDocument {
  file: string;
  doc: Json;
}

export interface SpecOperation {
  spec: SpecDocument;
  method: string;
  path: string;
  /** JSON pointer of the operation object inside the spec. */
  pointer: string;
  operation: Json;
}

export function loadSpecs(specsDir: string): SpecDocument[] {
  return readdirSync(specsDir)
    .filter(isSpecFile)
    .sort()
    .map((f) => ({
      file: join(specsDir, f),
      doc: parseSpec(f, readFileSync(join(specsDir, f), "utf8")) as Json,
    }))
    .filter((s) => typeof s.doc === "object" && s.doc !== null && "paths" in s.doc);
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

/** Follows local $refs; keys beside a $ref (3.1 allows them) stay visible through `chain`. */
export function resolveRef(doc: Json, node: unknown, pointer: string): Resolved | undefined {
  if (!isObject(node)) return undefined;
  const chain: Json[] = [node];
  let current = node;
  let currentPointer = pointer;
  for (let hops = 0; typeof current.$ref === "string" && hops < 32; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) return undefined;
    const target = ref
      .slice(2)
      .split("/")
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((acc, key) => (isObject(acc) ? acc[key] : undefined), doc);
    if (!isObject(target)) return undefined;
    currentPointer = ref.slice(1);
    current = target;
    chain.push(target);
  }
  const merged: Json = {};
  for (const part of [...chain].reverse()) Object.assign(merged, part);
  delete merged.$ref;
  return { node: merged, pointer: currentPointer, chain };
}
