import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPageText, drift } from "./check.js";
import { htmlToPageText } from "./html-text.js";
import { parsePage } from "./parse-page.js";
import { loadSpecs } from "./spec-index.js";
import { fixturesDir } from "./test-support.js";

const html = readFileSync(join(fixturesDir, "html", "list-widgets.zh.html"), "utf8");
const textPage = readFileSync(join(fixturesDir, "list-widgets.zh.txt"), "utf8");

describe("reading a page's HTML", () => {
  it("reads the same facts from the HTML page as from its saved text copy", () => {
    const fromHtml = parsePage(htmlToPageText(html), "page").page;
    const fromText = parsePage(textPage, "page").page;
    const facts = (p: typeof fromHtml) => ({
      title: p.title,
      method: p.method,
      path: p.path,
      operationName: p.operationName,
      params: p.params.map(({ line: _l, ...rest }) => rest),
      responses: p.responses.map((r) => ({ status: r.status, fields: JSON.stringify(r.fields, strip) })),
      statusCodes: p.statusCodes.map((s) => [s.status, s.description]),
      examples: p.responseExamples.map((e) => [e.status, e.value]),
    });
    expect(facts(fromHtml)).toEqual(facts(fromText));
  });

  it("has no drift against the spec the text copy is in step with", async () => {
    const check = checkPageText(htmlToPageText(html), "list-widgets.zh.html", await loadSpecs(fixturesDir));
    expect(drift(check)).toEqual([]);
    expect(check.problems).toEqual([]);
  });

  it("leaves out site navigation, scripts, styles and comments", () => {
    const text = htmlToPageText(html);
    expect(text).not.toMatch(
      /弹性云服务器|文档首页|analytics|not page text|margin|topic starts here|版权所有/,
    );
    expect(text.split("\n")[0]).toBe("查询小部件列表");
  });

  it("writes list items as bullets, decodes entities and keeps code blocks line by line", () => {
    const text = htmlToPageText(
      "<h1>T</h1><ul><li><p>a&amp;b:<b>x</b></p></li></ul><pre>{\n  &quot;k&quot; : 1\n}</pre><p>x&nbsp;y</p>",
    );
    expect(text).toBe('T\n• a&b:x\n{\n  "k" : 1\n}\nx y\n');
  });

  it("leaves no line for an empty table cell, as a saved text page does", () => {
    const text = htmlToPageText("<table><tr><td><p>marker</p></td><td></td><td>String</td></tr></table>");
    expect(text).toBe("marker\nString\n");
  });
});

function strip(key: string, value: unknown): unknown {
  return key === "line" ? undefined : value;
}
