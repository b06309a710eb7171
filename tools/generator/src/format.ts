import { join } from "node:path";
import { format, resolveConfig } from "prettier";

export interface Formatter {
  /** Formats a whole file; the parser follows the path's extension. */
  readonly format: (path: string, text: string) => Promise<string>;
  readonly printWidth: number;
}

/**
 * Formats generated text with the repository's prettier config, so `prettier --check .` passes on it. The
 * config is resolved from the repository root, not from the output path, so output written elsewhere (the
 * generator's tests) is formatted the same way.
 */
export async function createFormatter(repoRoot: string): Promise<Formatter> {
  const config = (await resolveConfig(join(repoRoot, "package.json"))) ?? {};
  return {
    format: (path, text) => format(text, { ...config, filepath: path }),
    printWidth: config.printWidth ?? 80,
  };
}
