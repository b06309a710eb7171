import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { parse } from "yaml";
import { compileAllowlist } from "../src/compile-allowlist.js";

/** specs/<service>.yaml parsed, keyed by service name. */
export function readSpecs(specsDir: string): Record<string, unknown> {
  const specs: Record<string, unknown> = {};
  for (const file of readdirSync(specsDir).filter((f) => f.endsWith(".yaml") && !f.startsWith("redocly"))) {
    specs[file.replace(/\.yaml$/, "")] = parse(readFileSync(join(specsDir, file), "utf8"));
  }
  return specs;
}

/** The text of src/generated/allowlist.ts for the specs in specsDir. */
export async function renderAllowlist(specsDir: string, outFile: string): Promise<string> {
  const specs = readSpecs(specsDir);
  const source = [
    `// generated from specs/*.yaml (${Object.keys(specs).sort().join(", ")}) by packages/proxy/scripts/generate-allowlist.ts, do not edit`,
    `import type { Allowlist } from "../allowlist.js";`,
    ``,
    `export const allowlist: Allowlist = ${JSON.stringify(compileAllowlist(specs))};`,
    ``,
  ].join("\n");
  return format(source, { ...(await resolveConfig(outFile)), parser: "typescript" });
}
