import { describe, expect, it } from "vitest";
import { extractBlocks } from "./extract-blocks.ts";

const fence = "```";

describe("extractBlocks", () => {
  it("gives ts/js blocks the run mode and the README line of their first code line", () => {
    const markdown = `# Title\n\n${fence}ts\nconst a = 1;\n${fence}\n\n${fence}js\nconsole.log(2);\n${fence}\n`;
    expect(extractBlocks("README.md", markdown)).toEqual([
      { readme: "README.md", line: 4, language: "ts", code: "const a = 1;", mode: "run" },
      { readme: "README.md", line: 8, language: "js", code: "console.log(2);", mode: "run" },
    ]);
  });

  it("treats shell commands and unlabelled output as text", () => {
    const markdown = `${fence}sh\npnpm start\n${fence}\n${fence}\nService  Tasks\n${fence}\n`;
    expect(extractBlocks("README.md", markdown).map((block) => block.mode)).toEqual(["text", "text"]);
  });

  it("takes the mode and reason from a marker right above the fence", () => {
    const markdown = [
      "<!-- readme-check: typecheck-only: listens until stopped -->",
      `${fence}ts`,
      "server.listen(1);",
      fence,
      "<!-- readme-check: fragment: continues the example above -->",
      `${fence}ts`,
      "await dcs.listCenterTask();",
      fence,
    ].join("\n");
    expect(extractBlocks("README.md", markdown).map(({ mode, reason }) => ({ mode, reason }))).toEqual([
      { mode: "typecheck", reason: "listens until stopped" },
      { mode: "fragment", reason: "continues the example above" },
    ]);
  });

  it.each([
    [
      "an unknown marker",
      `<!-- readme-check: skip: no -->\n${fence}ts\nx\n${fence}`,
      /unknown readme-check marker/,
    ],
    [
      "a marker without a reason",
      `<!-- readme-check: fragment -->\n${fence}ts\nx\n${fence}`,
      /needs a reason/,
    ],
    [
      "a marker far from its block",
      `<!-- readme-check: fragment: x -->\ntext\n${fence}ts\nx\n${fence}`,
      /right above/,
    ],
    [
      "a marker on a shell block",
      `<!-- readme-check: fragment: x -->\n${fence}sh\nx\n${fence}`,
      /ts\/js blocks only/,
    ],
  ])("refuses %s, so a typo never hides a block from the check", (_name, markdown, message) => {
    expect(() => extractBlocks("README.md", markdown)).toThrow(message);
  });
});
