/**
 * Prettier spends seconds aligning the operation table of a large spec's README. Tables whose cells are
 * plain text and code spans are aligned here exactly as prettier aligns them (every column padded to its
 * widest cell, delimiter dashes as wide); the rest of the document still goes through `format`. Any other
 * cell content (emphasis, links, escapes, non-ASCII widths) leaves the whole document to prettier.
 */
export async function formatMarkdownWithTables(
  text: string,
  format: (text: string) => Promise<string>,
): Promise<string> {
  const tables: string[][] = [];
  const rest: string[] = [];
  let inFence = false;
  let previousWasTable = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("```")) inFence = !inFence;
    const isTableRow = !inFence && line.startsWith("|");
    if (isTableRow && previousWasTable) tables.at(-1)!.push(line);
    else if (isTableRow) rest.push(placeholder(tables.push([line]) - 1));
    else rest.push(line);
    previousWasTable = isTableRow;
  }
  const parsed = tables.map(parseTable);
  if (tables.length === 0 || parsed.some((rows) => rows === undefined)) return format(text);
  const formatted = await format(rest.join("\n"));
  return formatted.replace(/^<!-- generator: table (\d+) -->$/gm, (_, index: string) =>
    alignTable(parsed[Number(index)]!),
  );
}

const placeholder = (index: number) => `<!-- generator: table ${index} -->`;

/** Code spans may hold anything but a backtick; text outside them only what markdown never rewrites. */
const plainCell = /^(?:[A-Za-z0-9 ,.;:'()/-]|`[^`]*`)*$/;

/** The cells of each row (delimiter row dropped), or undefined when a cell is not plain. */
function parseTable(lines: readonly string[]): string[][] | undefined {
  if (lines.length < 2 || !/^\|(?: *-+ *\|)+$/.test(lines[1]!)) return undefined;
  const rows = [lines[0]!, ...lines.slice(2)].map((line) =>
    line.endsWith("|") && !line.endsWith("\\|")
      ? line
          .slice(1, -1)
          .split("|")
          .map((cell) => cell.trim())
      : [],
  );
  const columns = rows[0]!.length;
  const ok = rows.every((cells) => cells.length === columns && cells.every((cell) => plainCell.test(cell)));
  return ok && columns > 0 ? rows : undefined;
}

function alignTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(3, ...rows.map((cells) => cells[column]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const padded = rows.map((cells) => line(cells.map((cell, column) => cell.padEnd(widths[column]!))));
  return [padded[0]!, line(widths.map((width) => "-".repeat(width))), ...padded.slice(1)].join("\n");
}
