// Lints every OpenAPI document in specs/ with the committed redocly.yaml, offline.
// Specs are found by content (a top-level `openapi:` key), so a new spec file needs no change here.
// Usage: node scripts/lint.mjs [redocly flags] [spec.yaml ...] (no spec arguments: all of them).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const specsDir = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const requested = args.filter((arg) => /\.ya?ml$/.test(arg));
const flags = args.filter((arg) => !requested.includes(arg));
const discovered = readdirSync(specsDir)
  .filter((file) => /\.ya?ml$/.test(file))
  .filter((file) => /^openapi:/m.test(readFileSync(join(specsDir, file), "utf8")))
  .sort();
const specFiles = requested.length > 0 ? requested : discovered;

if (specFiles.length === 0) {
  console.error(`no OpenAPI documents found in ${specsDir}`);
  process.exit(1);
}

const redoclyBin = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
const result = spawnSync(
  process.execPath,
  [redoclyBin, "lint", "--config", "redocly.yaml", ...flags, ...specFiles],
  {
    cwd: specsDir,
    stdio: "inherit",
    // No telemetry or update checks: the lint must work without network access.
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  },
);
process.exit(result.status ?? 1);
