/** Reads the JSON bodies in the example sections, each under its "状态码: 200" marker. */
import { STATUS_MARKER } from "./cells.js";
import type { DocExample, ParseProblem } from "./page-model.js";
import type { SourceLine } from "./sections.js";

/** JSON bodies of the request examples (they have no status line). */
export function readRequestExamples(
  lines: SourceLine[],
  problems: ParseProblem[],
): { line: number; value: unknown }[] {
  return readResponseExamples(lines, problems, "request").map(({ line, value }) => ({ line, value }));
}

export function readResponseExamples(
  lines: SourceLine[],
  problems: ParseProblem[],
  defaultStatus?: string,
): DocExample[] {
  const examples: DocExample[] = [];
  let status: string | undefined = defaultStatus;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    const marker = STATUS_MARKER.exec(t);
    if (marker?.[1]) {
      status = marker[1];
      continue;
    }
    if (!t.startsWith("{") && !t.startsWith("[")) continue;
    const start = lines[i]!.line;
    let buffer = "";
    let parsed: { value: unknown } | undefined;
    let lastError = "";
    let j = i;
    // A body may span many lines; it ends at the first line where the text so far is valid JSON.
    for (; j < lines.length && j < i + 2000; j++) {
      buffer += `${lines[j]!.text}\n`;
      if (!/[}\]]\s*$/.test(lines[j]!.text)) continue;
      try {
        parsed = { value: JSON.parse(buffer) };
        break;
      } catch (error) {
        lastError = (error as Error).message.replace(/\s+/g, " ");
      }
    }
    if (!parsed) {
      problems.push({
        line: start,
        message: `cannot read the example body as JSON (${lastError || "unterminated"})`,
      });
      continue;
    }
    if (status === undefined) {
      problems.push({ line: start, message: "example body has no status code line before it" });
    } else {
      examples.push({ status, line: start, value: parsed.value });
    }
    i = j;
  }
  return examples;
}

const REQUEST_LINE =
  /(?:^|[\s'"])(GET|POST|PUT|DELETE|PATCH|HEAD)\s+(?:https?:\/\/[^/\s]+|\{[^}]+\})?(\/[^\s?'"]*)/;

export function readRequestExamplePaths(lines: SourceLine[]): { path: string; line: number }[] {
  const paths: { path: string; line: number }[] = [];
  for (const l of lines) {
    const m = REQUEST_LINE.exec(l.text);
    if (m?.[2]) paths.push({ path: m[2], line: l.line });
  }
  return paths;
}
