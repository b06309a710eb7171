/**
 * Reads a time parameter with its format's regular expression (generated from `x-hwcloud-time-format`, one
 * named group per token: yyyy MM dd HH mm ss, Z for a +hhmm offset; UTC where the format has none).
 * Milliseconds since the epoch, or undefined when `value` does not have the format's shape.
 */
export function readTimeParameter(value: string, regExp: RegExp): number | undefined {
  const parts = regExp.exec(value)?.groups;
  if (parts === undefined) return undefined;
  const ms = Date.UTC(
    Number(parts.yyyy ?? 1970),
    Number(parts.MM ?? 1) - 1,
    Number(parts.dd ?? 1),
    Number(parts.HH ?? 0),
    Number(parts.mm ?? 0),
    Number(parts.ss ?? 0),
  );
  return ms - (parts.Z === undefined ? 0 : offsetMinutes(parts.Z)) * 60_000;
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith("-") ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
}
