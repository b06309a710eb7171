/** A path template ("/v2/{project_id}/jobs/{job_id}") read once, for servers that route requests by it. */
export interface PathTemplateMatcher {
  readonly template: string;
  /** The placeholders' names, in order. */
  readonly names: readonly string[];
  /** Characters outside the placeholders: of two templates that fit one path, the longer is the more specific. */
  readonly literalLength: number;
  /**
   * The raw (still percent-encoded) text of each placeholder, in order, or undefined when `path` does not fit.
   * A placeholder holds one non-empty segment; a trailing slash is accepted. Decoding, and refusing what
   * decodes badly, is the caller's business: a server answers that with its own error.
   */
  match(path: string): string[] | undefined;
}

const PLACEHOLDER = /(\{[^{}]+\})/;

/** Compiles a path template to a matcher; the mock cloud and the signing proxy route with it. */
export function pathTemplateMatcher(template: string): PathTemplateMatcher {
  const names: string[] = [];
  const parts = template.split(PLACEHOLDER);
  const source = parts
    .map((part, index) => {
      // split() with a capture group puts the placeholders at the odd indexes.
      if (index % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(part.slice(1, -1));
      return "([^/]+)";
    })
    .join("");
  const pattern = new RegExp(`^${source}/?$`);
  return {
    template,
    names,
    literalLength: parts.filter((_, index) => index % 2 === 0).join("").length,
    match(path) {
      return pattern.exec(path)?.slice(1);
    },
  };
}
