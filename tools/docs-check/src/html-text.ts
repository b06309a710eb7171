/**
 * Turns a Huawei API reference page's HTML into the line-per-cell text the page parser reads: one line per
 * heading, paragraph, list item and table cell paragraph; code blocks line by line. A real HTML parser
 * (htmlparser2) reads the markup, so attributes, entities, comments and odd nesting need no special care.
 */
import type { ChildNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";

/** Elements whose content never belongs to the page text. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "head",
  "nav",
  "header",
  "footer",
]);
/** Elements that start a new line (everything else is inline and joins its neighbours). */
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "caption",
  "blockquote",
  "br",
  "hr",
]);

class LineWriter {
  readonly lines: string[] = [];
  private current = "";
  private prefix = "";

  text(value: string): void {
    this.current += value.replace(/\s+/g, " ");
  }

  /** Ends the current line (if it has text); a list bullet waits for the first line that has some. */
  break(prefix?: string): void {
    const line = this.current.trim();
    if (line !== "") {
      this.lines.push(`${this.prefix}${line}`);
      this.prefix = "";
    }
    this.current = "";
    if (prefix !== undefined) this.prefix = prefix;
  }

  verbatim(block: string): void {
    this.break();
    for (const line of block.replace(/\r\n?/g, "\n").split("\n")) this.lines.push(line.replace(/\s+$/, ""));
  }
}

export function htmlToPageText(html: string): string {
  const document = parseDocument(html);
  const writer = new LineWriter();
  // Pages carry site navigation around the topic; the topic starts at its title when the page marks it.
  const start = findTopic(document.children) ?? document.children;
  for (const node of start) walk(node, writer);
  writer.break();
  return `${writer.lines.join("\n")}\n`;
}

/** The topic: the first <h1> and what follows it, so the menu and breadcrumbs before it are left out. */
function findTopic(nodes: ChildNode[]): ChildNode[] | undefined {
  const stack = [...nodes];
  for (let seen = 0; stack.length > 0 && seen < 200_000; seen++) {
    const node = stack.shift()!;
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    const element = node as Element;
    if (element.name === "h1") {
      const siblings = (element.parent?.children ?? [element]) as ChildNode[];
      return siblings.slice(siblings.indexOf(element));
    }
    stack.unshift(...(element.children as ChildNode[]));
  }
  return undefined;
}

function walk(node: ChildNode, writer: LineWriter, depth = 0): void {
  if (depth > 200) return; // a page nested this deep is not an API reference page; stop rather than overflow
  if (node.type === "text") {
    writer.text(node.data);
    return;
  }
  if (node.type !== "tag") return; // comments, directives, script and style nodes
  const element = node as Element;
  const name = element.name.toLowerCase();
  if (SKIPPED.has(name)) return;
  if (name === "pre") {
    writer.verbatim(textOf(element));
    return;
  }
  if (name === "td" || name === "th") {
    // Each cell is its own line (or lines), so an empty cell simply leaves no line, as in saved text pages.
    writer.break();
    for (const child of element.children as ChildNode[]) walk(child, writer, depth + 1);
    writer.break();
    return;
  }
  if (name === "li") {
    writer.break("• ");
    for (const child of element.children as ChildNode[]) walk(child, writer, depth + 1);
    writer.break("");
    return;
  }
  const block = BLOCKS.has(name);
  if (block) writer.break();
  for (const child of element.children as ChildNode[]) walk(child, writer, depth + 1);
  if (block) writer.break();
}

function textOf(node: ChildNode): string {
  if (node.type === "text") return node.data;
  if (node.type !== "tag") return "";
  const element = node as Element;
  if (element.name.toLowerCase() === "br") return "\n";
  return (element.children as ChildNode[]).map(textOf).join("");
}
