/** Reads the "type" column: String, Integer, Long, Boolean, "Array of X objects", "X object", ... */
import type { DocType, ScalarKind } from "./page-model.js";

const SCALARS: Record<string, { kind: ScalarKind; format?: "int32" | "int64" | "float" | "double" }> = {
  string: { kind: "string" },
  integer: { kind: "integer", format: "int32" },
  int: { kind: "integer", format: "int32" },
  int32: { kind: "integer", format: "int32" },
  long: { kind: "integer", format: "int64" },
  int64: { kind: "integer", format: "int64" },
  number: { kind: "number" },
  bigdecimal: { kind: "number" },
  float: { kind: "number", format: "float" },
  double: { kind: "number", format: "double" },
  boolean: { kind: "boolean" },
  bool: { kind: "boolean" },
};

/** Plural element names used by "Array of strings" and friends. */
const PLURALS: Record<string, string> = {
  strings: "string",
  integers: "integer",
  longs: "long",
  numbers: "number",
  floats: "float",
  doubles: "double",
  booleans: "boolean",
  objects: "object",
};

export function parseDocType(text: string): DocType | undefined {
  const raw = text.trim().replace(/\s+/g, " ");
  const scalar = SCALARS[raw.toLowerCase()];
  if (scalar) return { ...scalar, raw };
  if (/^object$/i.test(raw)) return { kind: "object", raw };

  const arrayOf = /^(?:Array of|List of|List<)\s*(.+?)\s*>?$/i.exec(raw);
  if (arrayOf?.[1]) {
    const inner = arrayOf[1];
    const plural = PLURALS[inner.toLowerCase()];
    const element = plural ? parseDocType(plural) : parseDocType(inner.replace(/\s+objects?$/i, " object"));
    return element ? { kind: "array", items: element, raw } : undefined;
  }
  const named = /^([A-Za-z_][\w.]*) object$/i.exec(raw);
  if (named?.[1]) return { kind: "object", objectName: named[1], raw };
  const map = /^Map\s*<\s*String\s*,\s*(.+?)\s*>$/i.exec(raw);
  if (map?.[1]) {
    // Map<String,X>: X is a scalar, a list, or the name of an object table on the page.
    const inner = map[1];
    const values =
      parseDocType(inner) ??
      (/^[A-Za-z_][\w.]*$/.test(inner)
        ? { kind: "object" as const, objectName: inner, raw: inner }
        : undefined);
    return values ? { kind: "object", additionalProperties: values, raw } : undefined;
  }
  return undefined;
}

/** Something that sits in the type column but that we cannot read, e.g. "Strnig" or "Array of ?". */
export function looksLikeTypeCell(text: string): boolean {
  const t = text.trim();
  return /^[A-Z][\w<>, .\[\]]{0,60}$/.test(t) && !/[。.]$/.test(t) && t.split(/\s+/).length <= 5;
}
