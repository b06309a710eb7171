/**
 * The `x-hwcloud-time-format` patterns (tokens yyyy MM dd HH mm ss Z, UTC; other characters literal), read as the
 * services read them: to check a time parameter and to compare it with the times of the data.
 */
const TOKENS: Record<string, string> = {
  yyyy: "(\\d{4})",
  MM: "(\\d{2})",
  dd: "(\\d{2})",
  HH: "(\\d{2})",
  mm: "(\\d{2})",
  ss: "(\\d{2})",
  Z: "([+-]\\d{4})",
};
const TOKEN_PATTERN = /yyyy|MM|dd|HH|mm|ss|Z/g;

/** Milliseconds since the epoch, or undefined when `value` does not have the shape of `pattern`. */
export function parseTimeParameter(value: string, pattern: string): number | undefined {
  const order: string[] = [];
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(TOKEN_PATTERN, (token) => {
    order.push(token);
    return TOKENS[token] ?? token;
  });
  const match = new RegExp(`^${source}$`).exec(value);
  if (!match) return undefined;
  const parts: Record<string, string> = {};
  order.forEach((token, index) => (parts[token] = match[index + 1] ?? ""));
  const offsetMinutes = parts.Z ? offsetToMinutes(parts.Z) : 0;
  const ms = Date.UTC(
    Number(parts.yyyy ?? 1970),
    Number(parts.MM ?? 1) - 1,
    Number(parts.dd ?? 1),
    Number(parts.HH ?? 0),
    Number(parts.mm ?? 0),
    Number(parts.ss ?? 0),
  );
  return ms - offsetMinutes * 60_000;
}

function offsetToMinutes(offset: string): number {
  const sign = offset.startsWith("-") ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
}
