/**
 * Reads the facts a description cell carries in prose: enum values, minimum/maximum, default and time format.
 * Only patterns it knows are read; a value list announced but not given is reported, never guessed.
 */
import type { DocType, DocValue, ParseProblem } from "./page-model.js";

export interface DescriptionLine {
  text: string;
  line: number;
}

export interface DescriptionFacts {
  enum?: DocValue[];
  minimum?: number;
  maximum?: number;
  default?: DocValue;
  minLength?: number;
  maxLength?: number;
  timeFormat?: string;
}

type Block = "free" | "range" | "default" | "other";

const LABELS: [Block, RegExp][] = [
  ["range", /^(取值范围|Range|Value range)[::]?$/i],
  ["default", /^(默认取值|Default value|Default)[::]?$/i],
  ["other", /^(参数解释|约束限制|Definition|Constraints)[::]?$/i],
];

const NOT_APPLICABLE = /^(不涉及|无|N\/A|None|Not involved)[。.]?$/i;
const VALUE = "[A-Za-z0-9_.\\-]+";
const VALUE_LINE = [
  new RegExp(`^["“](${VALUE})["”]`), // "Running"表示...
  new RegExp(`^(${VALUE})\\s*[::]`), // Running:表示...
  new RegExp(`^(${VALUE})\\s+[-–]\\s+\\S`), // Running - the task runs
  new RegExp(`^(${VALUE})[。.]?$`), // en-us
];
/** A line that announces a list of values on the following lines. */
const LIST_INTRO =
  /(取值范围|取值|以下取值|可选值|枚举值|value range|values|enumeration values|options|one of the following|value can be)[^。]*[::]$/i;
const INLINE_LIST = new RegExp(
  `(?:取值(?:为|范围为|范围是|可以是|有)|取值范围[::]|可选值为|支持的[^,,。::]{0,8}(?:为|有|包括)|values? (?:are|is)|one of)\\s*[::]?\\s*["“]?(${VALUE}["”]?(?:\\s*(?:[、,,/]|或|和|or|and)\\s*["“]?${VALUE}["”]?)+)`,
  "i",
);

/** A value list written as JSON strings: `["asc","desc"]`. */
const JSON_LIST = new RegExp(`\\[\\s*"${VALUE}"(?:\\s*,\\s*"${VALUE}")*\\s*\\]`);

export function stripBullet(text: string): string {
  return text
    .trim()
    .replace(/^(?:[•·▪●◦*]|-(?=\s))\s*/, "")
    .trim();
}

export function readDescription(
  lines: DescriptionLine[],
  type: DocType,
  fieldName: string,
  problems: ParseProblem[],
): DescriptionFacts {
  const facts: DescriptionFacts = {};
  const cleaned = lines
    .map((l) => ({ line: l.line, text: stripBullet(l.text) }))
    .filter((l) => l.text !== "");
  const blocks = splitBlocks(cleaned);
  const scalar = scalarOf(type);

  const enumValues = readEnum(blocks, fieldName, problems);
  if (enumValues.length > 0) facts.enum = enumValues.map((v) => convert(v, scalar));

  const prose = blocks
    .filter((b) => b.block !== "default")
    .flatMap((b) => b.lines.map((l) => l.text))
    .join("\n");
  if (scalar === "integer" || scalar === "number") Object.assign(facts, readBounds(prose, scalar));
  if (scalar === "string") Object.assign(facts, readLengths(prose));

  const explicitDefault = blocks.find((b) => b.block === "default")?.lines[0]?.text;
  const defaultText =
    explicitDefault !== undefined && !NOT_APPLICABLE.test(explicitDefault)
      ? explicitDefault.replace(/[。.]$/, "")
      : readDefault(prose);
  if (defaultText !== undefined) facts.default = convert(defaultText, scalar);

  if (scalar === "string") {
    const format = readTimeFormat(prose);
    if (format) facts.timeFormat = format;
  }
  return facts;
}

function splitBlocks(lines: DescriptionLine[]): { block: Block; lines: DescriptionLine[] }[] {
  const blocks: { block: Block; lines: DescriptionLine[] }[] = [{ block: "free", lines: [] }];
  for (const l of lines) {
    const label = LABELS.find(([, pattern]) => pattern.test(l.text))?.[0];
    if (label) blocks.push({ block: label, lines: [] });
    else blocks[blocks.length - 1]!.lines.push(l);
  }
  return blocks;
}

function valueOfLine(text: string): string | undefined {
  for (const pattern of VALUE_LINE) {
    const m = pattern.exec(text);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

function readEnum(
  blocks: { block: Block; lines: DescriptionLine[] }[],
  fieldName: string,
  problems: ParseProblem[],
): string[] {
  const values: string[] = [];
  for (const { block, lines } of blocks) {
    if (block === "default" || block === "other") continue;
    if (block === "range") {
      const candidates = lines.filter((l) => !NOT_APPLICABLE.test(l.text));
      const listed = candidates.map((l) => valueOfLine(l.text));
      // A range block is a value list only when every line in it is a value (not "大于等于0。").
      if (candidates.length > 0 && listed.every((v) => v !== undefined)) values.push(...(listed as string[]));
      continue;
    }
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const listed = JSON_LIST.exec(line.text);
      if (listed?.[0]) {
        values.push(...(JSON.parse(listed[0]) as string[]));
        continue;
      }
      const inline = INLINE_LIST.exec(line.text);
      if (inline?.[1]) {
        values.push(
          ...inline[1].split(/\s*(?:[、,,/]|或|和|\bor\b|\band\b)\s*/).map((v) => v.replace(/["“”]/g, "")),
        );
        continue;
      }
      if (!LIST_INTRO.test(line.text)) continue;
      const found: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const value = valueOfLine(lines[j]!.text);
        if (value === undefined) break;
        found.push(value);
      }
      if (found.length === 0) {
        problems.push({
          line: line.line,
          message: `"${fieldName}" announces a list of values but the page lists none`,
        });
      }
      values.push(...found);
      i = j - 1;
    }
  }
  return [...new Set(values)];
}

function readBounds(text: string, kind: "integer" | "number"): { minimum?: number; maximum?: number } {
  const bounds: { minimum?: number; maximum?: number } = {};
  const num = "(-?\\d+(?:\\.\\d+)?)";
  const first = (patterns: RegExp[]) => {
    for (const p of patterns) {
      const m = p.exec(text);
      if (m?.[1] !== undefined) return Number(m[1]);
    }
    return undefined;
  };
  const step = kind === "integer" ? 1 : 0;
  // 1~100, [1, 100], or 1-100 where the text says it is a range (a bare hyphen is too common otherwise).
  const range =
    new RegExp(`${num}\\s*[~～]\\s*${num}`).exec(text) ??
    new RegExp(`\\[\\s*${num}\\s*,\\s*${num}\\s*\\]`).exec(text) ??
    new RegExp(`(?:取值范围|范围|range)[^0-9\\n-]{0,6}${num}\\s*[-–]\\s*${num}`, "i").exec(text) ??
    new RegExp(`^${num}\\s*[-–]\\s*${num}[。.]?$`, "m").exec(text);
  const inclusiveMin = first([
    new RegExp(`最小值(?:为|是)?\\s*[::]?\\s*${num}`),
    new RegExp(`(?:大于等于|不小于|≥|>=)\\s*${num}`),
    new RegExp(`minimum(?: value)?(?: is)?\\s*[::]?\\s*${num}`, "i"),
    new RegExp(`greater than or equal to\\s*${num}`, "i"),
  ]);
  const exclusiveMin = first([
    new RegExp(`(?<!不)大于\\s*${num}`),
    new RegExp(`greater than\\s*${num}`, "i"),
  ]);
  const inclusiveMax = first([
    new RegExp(`最大值(?:为|是)?\\s*[::]?\\s*${num}`),
    new RegExp(`(?:小于等于|不大于|≤|<=)\\s*${num}`),
    new RegExp(`maximum(?: value)?(?: is)?\\s*[::]?\\s*${num}`, "i"),
    new RegExp(`less than or equal to\\s*${num}`, "i"),
  ]);
  const exclusiveMax = first([new RegExp(`(?<!不)小于\\s*${num}`), new RegExp(`less than\\s*${num}`, "i")]);
  const nonNegative = /不能为负数|非负|non-negative/i.test(text) ? 0 : undefined;

  const minimum =
    inclusiveMin ?? (exclusiveMin !== undefined ? exclusiveMin + step : undefined) ?? nonNegative;
  const maximum = inclusiveMax ?? (exclusiveMax !== undefined ? exclusiveMax - step : undefined);
  if (minimum !== undefined) bounds.minimum = minimum;
  else if (range?.[1]) bounds.minimum = Number(range[1]);
  if (maximum !== undefined) bounds.maximum = maximum;
  else if (range?.[2]) bounds.maximum = Number(range[2]);
  return bounds;
}

/** Length limits of a string: 最小长度/最大长度, "长度为1~64", "Maximum length: 64", "1 to 64 characters". */
function readLengths(text: string): { minLength?: number; maxLength?: number } {
  const lengths: { minLength?: number; maxLength?: number } = {};
  const first = (patterns: RegExp[]) => {
    for (const p of patterns) {
      const m = p.exec(text);
      if (m?.[1] !== undefined) return Number(m[1]);
    }
    return undefined;
  };
  const range =
    /长度(?:为|范围为|范围是|范围|在)?\s*[::]?\s*(\d+)\s*[~～\-–至到]\s*(\d+)/.exec(text) ??
    /(\d+)\s*(?:[~～\-–]|to)\s*(\d+)\s*(?:个字符|个字节|characters|bytes)/i.exec(text);
  const min = first([/最小长度(?:为|是)?\s*[::]?\s*(\d+)/, /minimum length(?: is)?\s*[::]?\s*(\d+)/i]);
  const max = first([
    /最大长度(?:为|是)?\s*[::]?\s*(\d+)/,
    /(?:长度)?不(?:能)?超过\s*(\d+)\s*个?(?:字符|字节)/,
    /maximum length(?: is)?\s*[::]?\s*(\d+)/i,
    /(?:up to|at most|a maximum of)\s*(\d+)\s*characters/i,
  ]);
  const minLength = min ?? (range?.[1] !== undefined ? Number(range[1]) : undefined);
  const maxLength = max ?? (range?.[2] !== undefined ? Number(range[2]) : undefined);
  if (minLength !== undefined) lengths.minLength = minLength;
  if (maxLength !== undefined) lengths.maxLength = maxLength;
  return lengths;
}

function readDefault(text: string): string | undefined {
  const patterns = [
    new RegExp(
      `(?:默认值?(?:为|是)?|缺省值?(?:为|是)?|若不设置该参数[,,]?\\s*则为|不传(?:时)?默认为?)\\s*[::]?\\s*["“]?(${VALUE})`,
    ),
    new RegExp(`default(?: value)?(?: is|:)\\s*["']?(${VALUE})`, "i"),
    new RegExp(`defaults to\\s*["']?(${VALUE})`, "i"),
  ];
  for (const p of patterns) {
    const m = p.exec(text);
    if (m?.[1]) return m[1].replace(/[.]$/, "");
  }
  return undefined;
}

export function readTimeFormat(text: string): string | undefined {
  const m = /(?:格式(?:为|是)?|format(?: is)?)\s*[::]?\s*["“]?([yYmMdDhHsSTZ:\-/ .]{8,})/i.exec(text);
  const pattern = m?.[1]?.trim().replace(/[。.]+$/, "");
  if (!pattern || !/y{4}/i.test(pattern)) return undefined;
  return normaliseTimeFormat(pattern);
}

/** Writes a time pattern with Java-style tokens: yyyy MM dd HH mm ss, whatever case the page used. */
export function normaliseTimeFormat(pattern: string): string {
  let seenDayOrHour = false;
  return pattern.replace(/([yYmMdDhHsS])\1*/g, (run) => {
    const letter = run[0]!.toLowerCase();
    if (letter === "y") return "yyyy";
    if (letter === "d") {
      seenDayOrHour = true;
      return "dd";
    }
    if (letter === "h") {
      seenDayOrHour = true;
      return "HH";
    }
    if (letter === "s") return "ss";
    return seenDayOrHour ? "mm" : "MM";
  });
}

function scalarOf(type: DocType): string {
  if (type.kind === "array") return scalarOf(type.items);
  return type.kind;
}

function convert(text: string, scalar: string): DocValue {
  if ((scalar === "integer" || scalar === "number") && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (scalar === "boolean" && /^(true|false)$/i.test(text)) return text.toLowerCase() === "true";
  return text;
}
