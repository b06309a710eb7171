/** Tokens of x-hwcloud-time-format and the text each one stands for. */
const tokenPatterns: Record<string, string> = {
  yyyy: "[0-9]{4}",
  MM: "[0-9]{2}",
  dd: "[0-9]{2}",
  HH: "[0-9]{2}",
  mm: "[0-9]{2}",
  ss: "[0-9]{2}",
  Z: "[+-][0-9]{4}",
};

/**
 * A regular expression matching the text a time-format pattern produces, e.g. "yyyyMMddHHmmss" ->
 * /^[0-9]{4}[0-9]{2}...$/. Letters that are not a token are an error (a typo such as "YYYY" or "hh").
 */
export function timeFormatRegExp(format: string): RegExp {
  let source = "";
  for (let rest = format; rest.length > 0; ) {
    const token = Object.keys(tokenPatterns).find((t) => rest.startsWith(t));
    if (token) {
      source += tokenPatterns[token];
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
