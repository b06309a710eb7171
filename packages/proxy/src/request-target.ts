/**
 * The request-target a Node server hands over is whatever the client wrote on the request line. Only the
 * origin form ("/path?query") names a resource of this server; the absolute form ("http://evil.test/...")
 * and a leading "//" (read by URL parsers as a network-path reference to another host) are refused, so
 * the proxy's origin never comes from the client's request line.
 */
export function splitOriginForm(target: string): { pathname: string; search: string } | undefined {
  if (!target.startsWith("/") || target.startsWith("//")) return undefined;
  const query = target.indexOf("?");
  const pathname = query === -1 ? target : target.slice(0, query);
  const search = query === -1 ? "" : target.slice(query);
  // Fragments are never sent by conforming clients; a "#" or a backslash here is someone probing the parser.
  if (/[#\\\s]/.test(pathname)) return undefined;
  // Literal dot segments never come from a browser; a URL parser would resolve them away, so the path that
  // is checked and the path that was sent would differ.
  if (/(?:^|\/)\.\.?(?:\/|$)/.test(pathname)) return undefined;
  return { pathname, search: search === "?" ? "" : search };
}

// Characters a segment may not decode to: separators another server would split on, and controls.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_DECODED = /[/\\\u0000-\u001f\u007f]/;
const ESCAPE = /%[0-9a-f]{2}/i;
// Printable ASCII without "%", "." or a backslash: such a path decodes to itself, NFKC leaves it as it is,
// and it can hold no dot segment, escape, separator or control character, so no segment needs judging.
const PLAIN_PATH = /^[A-Za-z0-9\-_~/!$&'()*+,;=:@]*$/;

/**
 * Why a raw (percent-encoded) path below the service prefix must not be forwarded, or undefined when it may.
 * Each segment is decoded once and judged by what it means, not by how it is spelled: a segment that
 * decodes to "." or "..", also with a ";params" suffix that servlet-style routers strip ("..;", "%2e%2e%3b"),
 * a segment that still holds an escape after decoding (double encoding, decoded again by some backend),
 * and one that decodes to a separator or a control character are all refused.
 */
export function unsafePathReason(rawPath: string): string | undefined {
  if (PLAIN_PATH.test(rawPath)) return undefined;
  for (const raw of rawPath.split("/")) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return "a path segment is not valid percent-encoded UTF-8";
    }
    if (ESCAPE.test(segment)) return "a path segment is percent-encoded twice";
    if (FORBIDDEN_DECODED.test(segment))
      return "a path segment holds a slash, backslash or control character";
    // NFKC folds look-alikes such as "．．" (fullwidth) that a normalising backend would read as "..".
    const name = segment.normalize("NFKC").split(";", 1)[0]!.trim();
    if (name === "." || name === "..") return "a path holds a dot segment";
  }
  return undefined;
}
