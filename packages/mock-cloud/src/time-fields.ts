/**
 * How the services write times in their bodies. The seeded dataset writes each time field in the style of the
 * spec's example for that field, and filters compare times whatever their style.
 */
export type TimeStyle =
  | "iso-millis-z"
  | "iso-offset"
  | "date-space-time"
  | "epoch-millis-string"
  | "epoch-millis"
  | "compact";

const STYLE_PATTERNS: [TimeStyle, RegExp][] = [
  ["iso-millis-z", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/],
  ["iso-offset", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{4}$/],
  ["date-space-time", /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/],
  ["epoch-millis-string", /^\d{13}$/],
  ["compact", /^\d{14}$/],
];

/** Fields that say when an item started, and when it ended. */
export const START_FIELDS = ["created_at", "created_time", "create_time", "start_time", "begin_time"];
export const END_FIELDS = ["updated_at", "ended_time", "end_time", "finished_at", "updated_time"];

export function timeStyleOf(value: unknown): TimeStyle | undefined {
  if (typeof value === "number" && value > 1e12) return "epoch-millis";
  if (typeof value !== "string") return undefined;
  return STYLE_PATTERNS.find(([, pattern]) => pattern.test(value))?.[0];
}

export function writeTime(ms: number, style: TimeStyle): string | number {
  const iso = new Date(ms).toISOString();
  switch (style) {
    case "iso-millis-z":
      return iso;
    case "iso-offset":
      return `${iso.slice(0, 19)}+0000`;
    case "date-space-time":
      return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
    case "epoch-millis-string":
      return String(ms);
    case "epoch-millis":
      return ms;
    case "compact":
      return iso.slice(0, 19).replace(/\D/g, "");
  }
}

/** Epoch milliseconds of a time written in any of the styles above (UTC when the text carries no zone). */
export function readTime(value: unknown): number | undefined {
  const style = timeStyleOf(value);
  if (style === undefined) return undefined;
  if (style === "epoch-millis" || style === "epoch-millis-string") return Number(value);
  const text = String(value);
  if (style === "compact") {
    return Date.UTC(
      +text.slice(0, 4),
      +text.slice(4, 6) - 1,
      +text.slice(6, 8),
      +text.slice(8, 10),
      +text.slice(10, 12),
      +text.slice(12, 14),
    );
  }
  if (style === "iso-offset")
    return Date.parse(`${text.slice(0, -5)}${text.slice(-5, -2)}:${text.slice(-2)}`);
  if (style === "date-space-time") return Date.parse(`${text.replace(" ", "T")}Z`);
  return Date.parse(text);
}
