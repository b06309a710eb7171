/**
 * Reads a time parameter written in an `x-hwcloud-time-format` pattern (yyyy MM dd HH mm ss Z), independently of
 * the client's formatter, so the check does not compare the client with itself.
 */
export function readTimeParameter(value: string, pattern: string): number | undefined {
  const order: string[] = [];
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/yyyy|MM|dd|HH|mm|ss|Z/g, (token) => {
    order.push(token);
    return token === "yyyy" ? "(\\d{4})" : token === "Z" ? "\\+0000" : "(\\d{2})";
  });
  const match = new RegExp(`^${source}$`).exec(value);
  if (!match) return undefined;
  const part = (token: string) => {
    const index = order.filter((t) => t !== "Z").indexOf(token);
    return index < 0 ? 0 : Number(match[index + 1]);
  };
  return Date.UTC(part("yyyy"), part("MM") - 1, part("dd") || 1, part("HH"), part("mm"), part("ss"));
}
