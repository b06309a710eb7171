/** Splits a page into its sections by the headings Huawei uses, in Chinese or English. */

export type SectionName =
  | "intro"
  | "uri"
  | "request"
  | "response"
  | "requestExample"
  | "responseExample"
  | "sdk"
  | "statusCodes"
  | "errorCodes"
  | "tail";

export interface SourceLine {
  text: string;
  line: number;
}

export interface Section {
  name: SectionName;
  line: number;
  lines: SourceLine[];
}

const HEADINGS: [SectionName, RegExp][] = [
  ["uri", /^URI$/],
  ["request", /^(请求参数|Request Parameters?)$/i],
  ["response", /^(响应参数|Response Parameters?)$/i],
  ["requestExample", /^(请求示例|Example Requests?|Request Examples?)$/i],
  ["responseExample", /^(响应示例|Example Responses?|Response Examples?)$/i],
  ["sdk", /^(SDK代码示例|SDK Sample Code)$/i],
  ["statusCodes", /^(状态码|Status Codes?)$/i],
  ["errorCodes", /^(错误码|Error Codes?)$/i],
  ["tail", /^(相关文档|Related Documents?)$/i],
  ["intro", /^(功能介绍|Function|Functions|调用方法|Calling Method|Debugging|接口约束|Constraints)$/i],
];

/** The line after the SDK samples that hands back to the page text. */
const SDK_END = /^(更多编程语言的SDK代码示例|For SDK sample code of more programming languages)/i;

export function headingOf(text: string): SectionName | undefined {
  const trimmed = text.trim();
  return HEADINGS.find(([, pattern]) => pattern.test(trimmed))?.[0];
}

export function splitSections(text: string): { title?: string; sections: Section[] } {
  const lines = text.split(/\r?\n/).map((t, i) => ({ text: t, line: i + 1 }));
  const sections: Section[] = [];
  let current: Section = { name: "intro", line: 1, lines: [] };
  let title: string | undefined;
  for (const line of lines) {
    const heading = headingOf(line.text);
    // The status-code table repeats its own heading as the first column header.
    const repeatsHeading =
      heading !== undefined && heading === current.name && current.lines.every((l) => l.text.trim() === "");
    if (heading && !repeatsHeading && !(current.name === "sdk" && heading !== "statusCodes")) {
      sections.push(current);
      current = { name: heading, line: line.line, lines: [] };
      continue;
    }
    if (current.name === "sdk" && SDK_END.test(line.text.trim())) {
      sections.push(current);
      current = { name: "tail", line: line.line, lines: [] };
      continue;
    }
    if (title === undefined && sections.length === 0 && isTitleCandidate(line.text)) title = line.text.trim();
    current.lines.push(line);
  }
  sections.push(current);
  return { title, sections };
}

function isTitleCandidate(text: string): boolean {
  const t = text.trim();
  return t !== "" && !/^(更新时间|Updated)/i.test(t) && !/^(分享|Share)$/i.test(t);
}
