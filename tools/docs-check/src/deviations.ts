/** Reads the x-hwcloud-deviation notes the specs use to record deliberate departures from a page. */
import { isObject, type Json } from "./spec-index.js";

export const DEVIATION_KINDS = ["type", "enum", "example", "path", "required", "default", "other"] as const;
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

export interface Deviation {
  kind: DeviationKind;
  doc: string;
  reason: string;
}

export function deviationsOf(node: unknown): Deviation[] {
  if (!isObject(node)) return [];
  const raw = node["x-hwcloud-deviation"];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter(isObject).map((d: Json) => ({
    kind: (DEVIATION_KINDS as readonly string[]).includes(String(d.kind))
      ? (d.kind as DeviationKind)
      : "other",
    doc: String(d.doc ?? ""),
    reason: String(d.reason ?? ""),
  }));
}

/** True when a note's text names the subject as a whole word (e.g. a parameter or field name). */
export function mentions(deviation: Deviation, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w-])${escaped}($|[^\\w-])`).test(`${deviation.doc} ${deviation.reason}`);
}
