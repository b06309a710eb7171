import { SpecModelError } from "./errors.js";
import { escapePointer, isRecord } from "./json-pointer.js";
import type { ServiceSpec } from "./types.js";

/**
 * A copy of `value` (found at `pointer` in the spec) with every `$ref` replaced by what it points at, for
 * readers that hold no document (the generated mock cloud data, schema views). A `$ref` with sibling keywords
 * becomes `allOf: [target]` beside them, as JSON Schema 2020-12 reads it. A schema that refers to itself has
 * no finite copy: that is an error naming where the cycle closes.
 */
export function inlineRefs(spec: ServiceSpec, value: unknown, pointer = ""): unknown {
  return inline(spec, value, pointer, []);
}

function inline(spec: ServiceSpec, value: unknown, pointer: string, open: readonly string[]): unknown {
  if (Array.isArray(value))
    return value.map((item, index) => inline(spec, item, `${pointer}/${index}`, open));
  if (!isRecord(value)) return value;
  if (typeof value.$ref === "string") {
    const target = spec.follow({ $ref: value.$ref }, pointer);
    if (open.includes(target.pointer)) {
      throw new SpecModelError(
        spec.specFile,
        `${pointer}: ${value.$ref} refers back to itself; it cannot be written out without $refs`,
      );
    }
    const resolved = inline(spec, target.node, target.pointer, [...open, target.pointer]);
    const { $ref: _ref, ...siblings } = value;
    if (Object.keys(siblings).length === 0) return resolved;
    const inlined = inlineEntries(spec, siblings, pointer, open);
    return { ...inlined, allOf: [...((inlined.allOf as unknown[] | undefined) ?? []), resolved] };
  }
  return inlineEntries(spec, value, pointer, open);
}

function inlineEntries(
  spec: ServiceSpec,
  value: Record<string, unknown>,
  pointer: string,
  open: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [
      key,
      inline(spec, entry, `${pointer}/${escapePointer(key)}`, open),
    ]),
  );
}
