import { execFile } from "node:child_process";
import { join } from "node:path";
import type { BlockFile } from "./block-files.ts";

/** One tsc error, located in the README it came from. */
export interface BlockDiagnostic {
  readonly file: string;
  readonly message: string;
}

const DIAGNOSTIC = /^(.+?)\((\d+),(\d+)\): error (TS\d+: .*)$/;

/**
 * Type-checks every block file in one tsc run (one program is far cheaper than one per block) and returns the
 * errors per file name, each message pointing at the README line.
 */
export function typecheckBlocks(
  dir: string,
  files: readonly BlockFile[],
  tsc: string,
): Promise<Map<string, string[]>> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [tsc, "-p", join(dir, "tsconfig.json"), "--pretty", "false"],
      { cwd: dir, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && error.code !== 2 && error.code !== 1) {
          reject(new Error(`tsc did not run: ${error.message}\n${stderr}`));
          return;
        }
        const byName = new Map(files.map((file) => [file.name, file]));
        const errors = new Map<string, string[]>(files.map((file) => [file.name, []]));
        const unplaced: string[] = [];
        for (const line of stdout.split("\n")) {
          const match = DIAGNOSTIC.exec(line.trim());
          if (!match) continue;
          const file = byName.get(match[1]!.split("/").pop()!);
          if (!file) {
            unplaced.push(line);
            continue;
          }
          const readmeLine = Number(match[2]) + file.lineOffset;
          errors.get(file.name)!.push(`${file.block.readme}:${readmeLine}:${match[3]} ${match[4]}`);
        }
        if (unplaced.length > 0) reject(new Error(`tsc errors outside the blocks:\n${unplaced.join("\n")}`));
        else resolve(errors);
      },
    );
  });
}
