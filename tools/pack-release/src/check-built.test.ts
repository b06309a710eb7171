import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { unpackableReasons } from "./check-built.mjs";
import { publicPackages } from "./pack-release.mjs";

const checkBuiltBin = fileURLToPath(new URL("../bin/check-built.mjs", import.meta.url));
const manifest = {
  name: "@hwcloud/example",
  version: "1.0.0",
  main: "./dist/index.cjs",
  exports: { ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" } } },
  scripts: { prepack: `node ${checkBuiltBin}` },
};

/** A package directory with `src/index.ts` and the given dist files. */
function packageDir(distFiles: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "check-built-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify(manifest));
  mkdirSync(join(dir, "src"));
  mkdirSync(join(dir, "dist"));
  writeFileSync(join(dir, "src/index.ts"), "export {};\n");
  for (const file of distFiles) writeFileSync(join(dir, file), "");
  return dir;
}

const allEntries = ["dist/index.cjs", "dist/index.d.ts", "dist/index.js"];

describe("packing refuses an unbuilt package", () => {
  it.each([
    ["nothing built", [], ["@hwcloud/example: dist/index.cjs, dist/index.d.ts, dist/index.js not built"]],
    [
      "one entry missing",
      ["dist/index.cjs", "dist/index.js"],
      ["@hwcloud/example: dist/index.d.ts not built"],
    ],
    ["a current build", allEntries, []],
  ] as const)("%s", (_name, files, reasons) => {
    expect(unpackableReasons(packageDir(files))).toEqual(reasons);
  });

  it("pnpm pack runs the check and writes no tarball when the build is missing", () => {
    const dir = packageDir([]);
    let failure: (Error & { stderr?: string }) | undefined;
    try {
      execFileSync("pnpm", ["pack"], { cwd: dir, encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      failure = error as Error & { stderr?: string };
    }
    expect(String(failure?.stderr)).toMatch(/not built\nRefusing to pack\. Run "pnpm build" first/);
    expect(readdirSync(dir).filter((file) => file.endsWith(".tgz"))).toEqual([]);
  });

  it("every public package runs the check before it is packed", () => {
    for (const pkg of publicPackages()) {
      const scripts = JSON.parse(
        execFileSync("cat", [join(pkg.dir, "package.json")], { encoding: "utf8" }),
      ).scripts;
      expect(scripts.prepack, pkg.name).toBe("node ../../tools/pack-release/bin/check-built.mjs");
    }
  });
});
