/**
 * The tokens of `x-hwcloud-time-format` (yyyy MM dd HH mm ss, Z for a +hhmm UTC offset; the letter T and
 * anything that is not a letter stand for themselves). specs/x-hwcloud.schema.json admits the same set.
 */
const TOKEN_PATTERNS: Readonly<Record<string, string>> = {
  yyyy: "[0-9]{4}",
  MM: "[0-9]{2}",
  dd: "[0-9]{2}",
  HH: "[0-9]{2}",
  mm: "[0-9]{2}",
  ss: "[0-9]{2}",
  Z: "[+-][0-9]{4}",
};

/**
 * A regular expression matching the text a time format produces, e.g. "yyyyMMddHHmmss" ->
 * /^(?<yyyy>[0-9]{4})...$/: each token's first occurrence is a group named after it, so a reader can take the
 * parts apart without knowing the tokens. A letter that is not a token is an error (a typo such as "YYYY").
 */
export function timeFormatRegExp(format: string): RegExp {
  let source = "";
  const named = new Set<string>();
  for (let rest = format; rest.length > 0; ) {
    const token = Object.keys(TOKEN_PATTERNS).find((candidate) => rest.startsWith(candidate));
    if (token !== undefined) {
      source += named.has(token) ? `(?:${TOKEN_PATTERNS[token]})` : `(?<${token}>${TOKEN_PATTERNS[token]})`;
      named.add(token);
      rest = rest.slice(token.length);
    } else if (/[A-Za-z]/.test(rest[0]!) && rest[0] !== "T") {
      throw new Error(`unknown token at "${rest}" in time format "${format}"`);
    } else {
      source += rest[0]!.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
      rest = rest.slice(1);
    }
  }
  return new RegExp(`^${source}$`);
}
