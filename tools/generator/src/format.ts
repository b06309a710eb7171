import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { format, type FormatConfig } from "oxfmt";

export interface Formatter {
  /** Formats a whole file; the language follows the path's extension. */
  readonly format: (path: string, text: string) => Promise<string>;
}

/**
 * Formats generated text with the repository's prettier config (`.prettierrc.json`), so `prettier --check .`
 * passes on it. The formatter is oxfmt, which prints what prettier prints for this code (format.test.ts holds
 * it to that) in a fraction of the time: prettier itself took about 9 s of CPU on the files of a
 * 1,000-operation spec. The config is read from the repository root, not from the output path, so output
 * written elsewhere (the generator's tests) is formatted the same way.
 */
export async function createFormatter(repoRoot: string): Promise<Formatter> {
  const options = formatOptions(await readPrettierConfig(repoRoot));
  return {
    format: async (path, text) => {
      const { code, errors } = await format(path, text, options);
      if (errors.length > 0) {
        throw new Error(
          `cannot format generated ${path}: ${errors.map((error) => error.message).join("; ")}`,
        );
      }
      return code;
    },
  };
}

/** The repository's prettier options: the repository has one JSON config file and no overrides. */
async function readPrettierConfig(repoRoot: string): Promise<Record<string, unknown>> {
  const path = join(repoRoot, ".prettierrc.json");
  const config = JSON.parse(await readFile(path, "utf8")) as unknown;
  if (typeof config !== "object" || config === null || Array.isArray(config) || "overrides" in config) {
    throw new Error(`${path}: expected an object of prettier options without overrides`);
  }
  return config as Record<string, unknown>;
}

/**
 * Prettier's options as oxfmt takes them. oxfmt's own defaults differ from prettier's in two places: a
 * print width of 100 (prettier: 80) and sorting package.json keys (prettier keeps their order).
 */
function formatOptions(prettierConfig: Record<string, unknown>): FormatConfig {
  return { printWidth: 80, ...prettierConfig, sortPackageJson: false } as FormatConfig;
}
