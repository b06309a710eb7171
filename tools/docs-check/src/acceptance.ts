/** Decides whether a spec's x-hwcloud-deviation notes accept a difference between a page and the spec. */
import { deviationsOf, mentions, type Deviation, type DeviationKind } from "./deviations.js";
import type { Json } from "./spec-index.js";

export interface Difference {
  kind: DeviationKind;
  subject: string;
  message: string;
  /** Line on the page the difference points at, when the page has the thing. */
  line?: number;
  accepted?: Deviation;
  /** A note of the right kind at this spot whose `doc` no longer describes what the page says. */
  staleNote?: Deviation;
}

export interface Place {
  /** Nodes that are the thing itself: any note of the difference's kind accepts it. */
  own: Json[];
  /** Enclosing nodes (object schema, response, operation): their notes accept it only when they name it. */
  around: Json[];
  name: string;
  /** What the page says now (its type, or the values it lists), to tell a stale note from a current one. */
  pageFacts?: string[];
}

/**
 * A note on the thing itself accepts a difference of its kind; a note on an enclosing node (object, response,
 * operation) only when it names the thing, except example notes, which cover the whole example.
 */
export function acceptance(
  kind: DeviationKind,
  place: Place,
): { accepted?: Deviation; staleNote?: Deviation } {
  let staleNote: Deviation | undefined;
  for (const node of place.own) {
    for (const note of deviationsOf(node).filter((d) => d.kind === kind)) {
      if (!isStale(note, place.pageFacts)) return { accepted: note };
      staleNote ??= note;
    }
  }
  for (const node of place.around) {
    const found = deviationsOf(node).find(
      (d) => d.kind === kind && (kind === "example" || mentions(d, place.name)),
    );
    if (found) return { accepted: found };
  }
  return { staleNote };
}

const TYPE_WORDS = /\b(String|Integer|Long|Boolean|Number|Float|Double|Object|Array)\b/i;

/**
 * A note that states what the page says (a type name, or some of the listed values) must still say it: a
 * note written for "declared as String" does not cover a page that now says Integer, nor a value list that grew.
 */
function isStale(note: Deviation, pageFacts: string[] | undefined): boolean {
  if (!pageFacts || pageFacts.length === 0) return false;
  if (note.kind === "type") {
    return TYPE_WORDS.test(note.doc) && !note.doc.toLowerCase().includes(pageFacts[0]!.toLowerCase());
  }
  if (note.kind === "enum") {
    const named = pageFacts.filter((fact) => mentions(note, fact));
    return named.length > 0 && named.length < pageFacts.length;
  }
  return false;
}

export type Report = (
  kind: DeviationKind,
  subject: string,
  message: string,
  place: Place,
  line?: number,
) => void;
