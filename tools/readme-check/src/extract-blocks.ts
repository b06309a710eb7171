/**
 * What a README code block is to the check:
 * - "run": TypeScript or JavaScript a user can paste and run; type-checked under --strict and run against the mock.
 * - "typecheck": complete code that cannot run here unattended (a server that listens until stopped, a Worker,
 *   a page); marked `<!-- readme-check: typecheck-only: why -->` right above the fence.
 * - "fragment": a piece of a larger program, marked `<!-- readme-check: fragment: why -->`; neither checked nor run.
 * - "text": shell commands and sample output; not code the check can run.
 */
export type BlockMode = "run" | "typecheck" | "fragment" | "text";

export interface CodeBlock {
  /** README path relative to the repository root. */
  readonly readme: string;
  /** 1-based line of the block's first code line in the README. */
  readonly line: number;
  readonly language: string;
  readonly code: string;
  readonly mode: BlockMode;
  /** The reason given in the marker, for typecheck-only blocks and fragments. */
  readonly reason?: string;
}

const CODE_LANGUAGES = new Set(["ts", "typescript", "js", "javascript", "mjs"]);
const MARKER = /^<!--\s*readme-check:\s*(\S+?)(?::\s*(.*?))?\s*-->$/;
const MARKER_MODES: Record<string, BlockMode> = { "typecheck-only": "typecheck", fragment: "fragment" };

/** Finds every fenced block of a README with the mode its language and marker give it. */
export function extractBlocks(readme: string, markdown: string): CodeBlock[] {
  const lines = markdown.split("\n");
  const blocks: CodeBlock[] = [];
  let pendingMarker: { mode: BlockMode; reason: string; line: number } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!.trim();
    const marker = MARKER.exec(text);
    if (marker) {
      const mode = MARKER_MODES[marker[1]!];
      if (mode === undefined)
        throw new Error(
          `${readme}:${index + 1}: unknown readme-check marker "${marker[1]}" (use typecheck-only or fragment)`,
        );
      if (!marker[2])
        throw new Error(`${readme}:${index + 1}: a readme-check marker needs a reason after a colon`);
      pendingMarker = { mode, reason: marker[2], line: index + 1 };
      continue;
    }
    const fence = /^(`{3,})\s*([\w-]*)/.exec(text);
    if (!fence) {
      if (text !== "" && pendingMarker)
        throw new Error(
          `${readme}:${pendingMarker.line}: a readme-check marker must sit right above a code block`,
        );
      continue;
    }
    const language = fence[2]!.toLowerCase();
    const start = index + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.trim().startsWith(fence[1]!)) end++;
    const code = lines.slice(start, end).join("\n");
    const isCode = CODE_LANGUAGES.has(language);
    if (pendingMarker && !isCode)
      throw new Error(`${readme}:${pendingMarker.line}: readme-check markers apply to ts/js blocks only`);
    blocks.push({
      readme,
      line: start + 1,
      language,
      code,
      mode: isCode ? (pendingMarker?.mode ?? "run") : "text",
      ...(pendingMarker ? { reason: pendingMarker.reason } : {}),
    });
    pendingMarker = undefined;
    index = end;
  }
  return blocks;
}
