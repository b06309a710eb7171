import { format } from "prettier";
import { describe, expect, test } from "vitest";
import { formatLongMembers, reindentLikePrettier } from "./layout.js";
import type { ServiceModel } from "./model-types.js";
import { renderDescriptor } from "./render/descriptor.js";

const printWidth = 110;
const prettier = (text: string) => format(text, { parser: "typescript", printWidth });
const union = Array.from({ length: 12 }, (_, index) => `"JobNameNumber${index}"`).join(" | ");

describe("generated text in prettier's layout without running prettier on all of it", () => {
  test.each([
    [
      "a long union inside a nested member",
      `interface a {\n  b: {\n    c: {\n      d: ${union};\n    };\n  };\n}\n`,
    ],
    ["a long top-level alias", `// header\nexport type LongName = ${union};\nexport type Short = "a";\n`],
    [
      "a long interface member after short ones",
      `export interface Client {\n  /** doc */\n  a(): void;\n  b(p: ${union}): Promise<void>;\n}\n`,
    ],
  ])("formats only what prettier would change: %s", async (_, text) => {
    expect(await formatLongMembers(text, printWidth, prettier)).toBe(await prettier(text));
  });

  test("re-indents openapi-typescript's 4-space output, JSDoc included", async () => {
    const text = `export interface paths {\n    "/a": {\n        /**\n         * Summary\n         */\n        get: {\n            e: ${union};\n        };\n    };\n}\n`;
    expect(await reindentLikePrettier(text, printWidth, prettier)).toBe(await prettier(text));
  });

  test.each([`plain`, `a"b`, `a"b'c`, `two "double" one 'single`, `back\\slash "q"`, `it's`, `\n"q"`])(
    "prints descriptor strings with prettier's quotes: %s",
    async (value) => {
      const model = {
        service: value,
        specFile: "x.yaml",
        title: "X",
        regions: { [value]: value, "cn-north-4": "https://x.cn-north-4.example" },
        operations: [],
        waiters: [],
      } as unknown as ServiceModel;
      const text = renderDescriptor(model);
      expect(await prettier(text)).toBe(text);
    },
  );
});
