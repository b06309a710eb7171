/**
 * openapi-typescript prints with 4-space indentation. Prettier's output for the same declarations differs
 * only in indentation except where a line is too long and prettier breaks it (long unions), and prettier
 * takes seconds on a large spec where re-indenting takes milliseconds. So the text is re-indented, and only
 * the members that hold an over-long line are formatted, each wrapped in the blocks that enclose it so it
 * gets the same indentation as in the whole file.
 */
export async function layoutLikePrettier(
  text: string,
  printWidth: number,
  format: (text: string) => Promise<string>,
): Promise<string> {
  const lines = text.split("\n").map(halveIndent);
  const out: string[] = [];
  let next = 0;
  for (;;) {
    const long = lines.findIndex((line, index) => index >= next && isLongCode(line, printWidth));
    if (long === -1) return [...out, ...lines.slice(next)].join("\n");
    const start = memberStart(lines, long);
    if (start === undefined) return format(lines.join("\n"));
    const end = closingLine(lines, start);
    out.push(...lines.slice(next, start), ...(await formatMember(lines, start, end, format)));
    next = end + 1;
  }
}

/** Members this deep (a path, an operation, a schema) are formatted on their own. */
const memberIndent = 4;

const indentOf = (line: string) => line.length - line.trimStart().length;
const isComment = (line: string) => /^\s*(\/\/|\/\*|\*)/.test(line);
const isLongCode = (line: string, printWidth: number) => line.length > printWidth && !isComment(line);
const opensBlock = (line: string) => /[{[(]$/.test(line) && !isComment(line);

/** 4 spaces per level become 2; JSDoc continuation lines keep their one extra space. */
function halveIndent(line: string): string {
  const indent = indentOf(line);
  const body = line.slice(indent);
  return " ".repeat(body.startsWith("*") ? (indent - 1) / 2 + 1 : indent / 2) + body;
}

/** The first line of the member at `memberIndent` that holds line `index`; undefined when it is shallower. */
function memberStart(lines: readonly string[], index: number): number | undefined {
  if (indentOf(lines[index]!) < memberIndent) return undefined;
  for (let at = index; at >= 0; at--) {
    const line = lines[at]!;
    if (indentOf(line) === memberIndent && !isComment(line) && !line.trimStart().startsWith("}")) return at;
  }
  return undefined;
}

/** The line that closes the block `start` opens (at the same indent), or `start` when it opens none. */
function closingLine(lines: readonly string[], start: number): number {
  if (!opensBlock(lines[start]!)) return start;
  const indent = indentOf(lines[start]!);
  for (let at = start + 1; at < lines.length; at++) {
    if (indentOf(lines[at]!) === indent && /^\s*[}\])]/.test(lines[at]!)) return at;
  }
  throw new Error(`unclosed block at line ${start + 1} of openapi-typescript's output`);
}

async function formatMember(
  lines: readonly string[],
  start: number,
  end: number,
  format: (text: string) => Promise<string>,
): Promise<string[]> {
  const openers: number[] = [];
  for (let at = start - 1, indent = indentOf(lines[start]!); at >= 0 && indent > 0; at--) {
    if (indentOf(lines[at]!) < indent && opensBlock(lines[at]!)) {
      openers.unshift(at);
      indent = indentOf(lines[at]!);
    }
  }
  const closers = openers.map((opener) => lines[closingLine(lines, opener)]!).reverse();
  const wrapped = [...openers.map((opener) => lines[opener]!), ...lines.slice(start, end + 1), ...closers];
  const formatted = (await format(`${wrapped.join("\n")}\n`)).trimEnd().split("\n");
  return formatted.slice(openers.length, formatted.length - closers.length);
}
