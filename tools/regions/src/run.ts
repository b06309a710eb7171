/**
 * `regions check|sync [--from PATH] [--specs DIR] [--service NAME]...`: compares every spec's
 * x-hwcloud-regions (and its server's `{region}` values) with the official region tables, and with `sync`
 * rewrites the specs to match. Exit codes: 0 in step (or synced), 1 differences found, 2 bad input.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compareRegions } from "./compare.js";
import { RegionsError } from "./errors.js";
import { openOfficialSource } from "./official-source.js";
import { readSpecRegions, rewriteSpecRegions } from "./spec-regions.js";

const USAGE =
  "usage: regions check|sync [--from official-regions.json | SDK checkout | node_modules] [--specs DIR] [--service NAME]...";

interface Options {
  readonly command: "check" | "sync";
  readonly from: string;
  readonly specsDir: string;
  readonly services: readonly string[];
}

function parseArgs(args: readonly string[], cwd: string, repoRoot: string): Options {
  const [command, ...rest] = args;
  if (command !== "check" && command !== "sync") throw new RegionsError(USAGE);
  let from = join(repoRoot, "..", "shared", "official-regions.json");
  let specsDir = join(repoRoot, "specs");
  const services: string[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (value === undefined) throw new RegionsError(`${flag} needs a value. ${USAGE}`);
    if (flag === "--from") from = resolve(cwd, value);
    else if (flag === "--specs") specsDir = resolve(cwd, value);
    else if (flag === "--service") services.push(value);
    else throw new RegionsError(`unknown option ${flag}. ${USAGE}`);
  }
  return { command, from, specsDir, services };
}

export function run(
  args: readonly string[],
  cwd: string,
  log = console.log,
  repoRoot = defaultRepoRoot(),
): number {
  try {
    const options = parseArgs(args, cwd, repoRoot);
    const source = openOfficialSource(options.from);
    const specFiles = readdirSync(options.specsDir)
      .filter((name) => /^[a-z][a-z0-9-]*\.yaml$/.test(name) && name !== "redocly.yaml")
      .filter(
        (name) => options.services.length === 0 || options.services.includes(name.replace(/\.yaml$/, "")),
      )
      .sort();
    if (specFiles.length === 0) throw new RegionsError(`no specs to compare in ${options.specsDir}`);
    let outOfStep = 0;
    for (const name of specFiles) {
      const service = name.replace(/\.yaml$/, "");
      const path = join(options.specsDir, name);
      const text = readFileSync(path, "utf8");
      const official = source.tableFor(service);
      if (official === undefined) {
        outOfStep++;
        log(`${name}: no official region table for ${service} in ${source.description}`);
        continue;
      }
      const differences = compareRegions(readSpecRegions(name, text), official);
      if (differences.length === 0) {
        log(`${name}: in step (${Object.keys(official).length} regions)`);
        continue;
      }
      if (options.command === "sync") {
        writeFileSync(path, rewriteSpecRegions(name, text, official));
        log(`${name}: rewritten (${differences.length} differences)`);
      } else {
        outOfStep++;
        log(`${name}: ${differences.length} differences from ${source.description}`);
      }
      for (const line of differences) log(`  ${line}`);
    }
    if (outOfStep > 0) log(`${outOfStep} spec(s) out of step; \`pnpm regions:sync\` rewrites them.`);
    return outOfStep === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof RegionsError)) throw error;
    log(`regions: ${error.message}`);
    return 2;
  }
}

/** dist/cli.mjs (the bundle bin/ runs) sits two folders below tools/, three below the repository root. */
function defaultRepoRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
}
