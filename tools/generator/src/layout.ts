/**
 * Prettier takes seconds on the generated files of a large spec, and nearly all of its work there is
 * confirming lines that are already in its layout. The renderers write prettier's layout themselves
 * (one member per line, 2-space indent), so only the members holding a line prettier would break (longer
 * than printWidth) go through prettier, each wrapped in the blocks that enclose it so it is formatted at
 * the same indentation as in the whole file.
 */
export async function formatLongMembers(
  text: string,
  printWidth: number,
  format: (text: string) => Promise<string>,
): Promise<string> {
  const lines = text.split("\n");
  /** Lines as they stay, and at each long member the index of its piece in `pieces`. */
  const out: (string | number)[] = [];
  const pieces: { openers: readonly number[]; start: number; end: number }[] = [];
  /** The lines opening the blocks around the current line, outermost first. */
  const open: number[] = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (!isLongCode(line, printWidth)) {
      out.push(line);
      if (closesBlock(line)) open.pop();
      if (opensBlock(line)) open.push(at);
      continue;
    }
    // The member holding the line: the block at memberIndent around it, or the line itself.
    let openers = open.filter((opener) => indentOf(lines[opener]!) < memberIndent);
    let start = at;
    if (indentOf(line) > memberIndent && open.length > openers.length) {
      start = open[openers.length]!;
      out.length -= at - start;
    } else {
      openers = open.filter((opener) => indentOf(lines[opener]!) < indentOf(line));
    }
    const end = closingLine(lines, start);
    out.push(pieces.push({ openers, start, end }) - 1);
    open.length = openers.length;
    at = end;
  }
  if (pieces.length === 0) return text;
  const formatted = await formatPieces(lines, pieces, format);
  return out.map((line) => (typeof line === "number" ? formatted[line]! : line)).join("\n");
}

/**
 * openapi-typescript prints with 4-space indentation; prettier's output for the same declarations differs
 * only in indentation and in breaking over-long lines (long unions).
 */
export function reindentLikePrettier(
  text: string,
  printWidth: number,
  format: (text: string) => Promise<string>,
): Promise<string> {
  return formatLongMembers(text.split("\n").map(halveIndent).join("\n"), printWidth, format);
}

/** A long line is formatted with the member at most this deep that holds it (a schema, an operation). */
const memberIndent = 4;

const indentOf = (line: string) => line.length - line.trimStart().length;
const isComment = (line: string) => /^\s*(\/\/|\/\*|\*)/.test(line);
const isLongCode = (line: string, printWidth: number) => line.length > printWidth && !isComment(line);
const opensBlock = (line: string) => /[{[(]$/.test(line) && !isComment(line);
const closesBlock = (line: string) => /^\s*[}\])]/.test(line);

/** 4 spaces per level become 2; JSDoc continuation lines keep their one extra space. */
function halveIndent(line: string): string {
  const indent = indentOf(line);
  const body = line.slice(indent);
  return " ".repeat(body.startsWith("*") ? (indent - 1) / 2 + 1 : indent / 2) + body;
}

/** The line that closes the block `start` opens (at the same indent), or `start` when it opens none. */
function closingLine(lines: readonly string[], start: number): number {
  if (!opensBlock(lines[start]!)) return start;
  const indent = indentOf(lines[start]!);
  for (let at = start + 1; at < lines.length; at++) {
    if (indentOf(lines[at]!) === indent && closesBlock(lines[at]!)) return at;
  }
  throw new Error(`generated text has an unclosed block at line ${start + 1}`);
}

/** A line prettier keeps as written between top-level statements, to split one formatting run apart. */
const separator = "// --- generator: next member ---";

/**
 * Formats every long member in one prettier run (one call per member costs milliseconds each), each
 * wrapped in its enclosing blocks; returns each member's formatted lines without the wrapping.
 */
async function formatPieces(
  lines: readonly string[],
  pieces: readonly { openers: readonly number[]; start: number; end: number }[],
  format: (text: string) => Promise<string>,
): Promise<string[]> {
  const closersOf = (openers: readonly number[]) =>
    openers.map((opener) => lines[closingLine(lines, opener)]!).reverse();
  const wrapped = pieces.map(({ openers, start, end }) =>
    [...openers.map((opener) => lines[opener]!), ...lines.slice(start, end + 1), ...closersOf(openers)].join(
      "\n",
    ),
  );
  const formatted = (await format(`${wrapped.join(`\n${separator}\n`)}\n`))
    .trimEnd()
    .split(`\n${separator}\n`);
  if (formatted.length !== pieces.length) throw new Error("prettier merged the generated members");
  return formatted.map((text, index) => {
    const { openers } = pieces[index]!;
    return text
      .split("\n")
      .slice(openers.length, text.split("\n").length - openers.length)
      .join("\n");
  });
}
