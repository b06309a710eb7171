import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { describe, expect, it } from "vitest";
import { fixtureLayout, repoRoot } from "../test/layout.js";
import { createFormatter } from "./format.js";
import { planGeneration } from "./plan.js";

describe("the generator's formatter", () => {
  it(
    "writes every file of a service exactly as the repository's prettier prints it",
    { timeout: 60_000 },
    async () => {
      const plan = await planGeneration({
        ...fixtureLayout("/generated/packages", "/generated/changesets"),
        mockOperationsFile: "/generated/mock-cloud/operations.ts",
        proxyAllowlistFile: "/generated/proxy/allowlist.ts",
      });
      const config = (await resolveConfig(join(repoRoot, "package.json"))) ?? {};
      const extensions = new Set(plan.files.map((file) => file.path.split(".").at(-1)));
      expect([...extensions].sort()).toEqual(["json", "md", "ts"]);
      for (const file of plan.files) {
        expect(await format(file.content, { ...config, filepath: file.path }), file.path).toBe(file.content);
      }
    },
  );

  it("lays out text the renderers leave on one line, at the repository's print width", async () => {
    const formatter = await createFormatter(repoRoot);
    const { printWidth } = JSON.parse(await readFile(join(repoRoot, ".prettierrc.json"), "utf8")) as {
      printWidth: number;
    };
    const parameters = Array.from({ length: 12 }, (_, index) => `parameter${index}: string`);
    const formatted = await formatter.format(
      "long.ts",
      `export declare function f(${parameters.join(", ")}): void;\n`,
    );
    expect(formatted.split("\n").every((line) => line.length <= printWidth)).toBe(true);
    expect(formatted).toContain("\n  parameter0: string,\n");
  });

  it("keeps package.json keys in the order the renderer wrote them", async () => {
    const formatter = await createFormatter(repoRoot);
    expect(await formatter.format("package.json", `{"version": "0.0.0", "name": "x"}`)).toBe(
      `{\n  "version": "0.0.0",\n  "name": "x"\n}\n`,
    );
  });

  it("refuses text it cannot parse, naming the file", async () => {
    const formatter = await createFormatter(repoRoot);
    await expect(formatter.format("broken/client.ts", "export const = ;\n")).rejects.toThrow(
      /cannot format generated broken\/client\.ts: /,
    );
  });
});
