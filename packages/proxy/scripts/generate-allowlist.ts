// Writes src/generated/allowlist.ts from specs/*.yaml; with --check, fails when the committed file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderAllowlist } from "./render-allowlist.js";

const packageDir = process.cwd();
const outFile = resolve(packageDir, "src/generated/allowlist.ts");
const text = await renderAllowlist(resolve(packageDir, "../../specs"), outFile);

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(outFile, "utf8");
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error(
      "packages/proxy/src/generated/allowlist.ts is stale: run pnpm --filter @hwcloud/proxy generate",
    );
    process.exit(1);
  }
} else {
  writeFileSync(outFile, text);
}
