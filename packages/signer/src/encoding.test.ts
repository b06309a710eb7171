import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasInvalidPercentEscape } from "./encoding.js";

/** The definition: a % not starting two hex digits, or a run of escapes a fatal UTF-8 decoder refuses. */
function byDefinition(text: string): boolean {
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return true;
  for (const [run] of text.matchAll(/(?:%[0-9A-Fa-f]{2})+/g)) {
    const bytes = Uint8Array.from({ length: run.length / 3 }, (_, i) =>
      parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16),
    );
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return true;
    }
  }
  return false;
}

const escape = (byte: number) => `%${byte.toString(16).padStart(2, "0")}`;
const piece = fc.oneof(
  fc.integer({ min: 0, max: 255 }).map(escape),
  // Valid sequences, and a lead byte with continuation bytes from the whole range (overlongs, surrogates,
  // past U+10FFFF, cut short): the boundaries of UTF-8.
  fc
    .integer({ min: 0, max: 0x10ffff })
    .filter((cp) => cp < 0xd800 || cp > 0xdfff)
    .map((cp) => encodeURIComponent(String.fromCodePoint(cp))),
  fc
    .tuple(
      fc.integer({ min: 0xc0, max: 0xf7 }),
      fc.array(fc.integer({ min: 0x80, max: 0xbf }), { maxLength: 3 }),
    )
    .map(([lead, rest]) => [lead, ...rest].map(escape).join("")),
  fc.integer({ min: 0x80, max: 0xff }).map((b) => escape(b).toUpperCase()),
  fc.constantFrom(
    "%",
    "%z",
    "%zz",
    "%4",
    "a",
    "/",
    "=",
    "中",
    "%E4%B8%AD",
    "%F0%9F%98%80",
    "%ED%A0%80",
    "%C0%AF",
  ),
);

describe("hasInvalidPercentEscape", () => {
  it("agrees with a fatal UTF-8 decode of every run of escapes, on 20,000 generated strings", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(hasInvalidPercentEscape(text)).toBe(byDefinition(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
