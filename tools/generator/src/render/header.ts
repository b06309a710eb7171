/** The first line of every generated file: where it comes from and that edits will be overwritten. */
export function headerText(specFiles: string): string {
  return `generated from ${specFiles} by @hwcloud-tools/generator (pnpm generate), do not edit`;
}

export function tsHeader(specFiles: string): string {
  return `// ${headerText(specFiles)}\n`;
}

/** Text for a JSDoc comment: one line, no comment terminator. */
export function docText(text: string): string {
  return text.replace(/\s+/g, " ").replaceAll("*/", "*\\/").trim();
}
