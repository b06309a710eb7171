import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isSpecFile } from "@hwcloud-tools/spec-model";
import type { GenerateLayout } from "../src/plan.js";

export const generatorDir = fileURLToPath(new URL("..", import.meta.url));
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
export const fixtureSpecsDir = fileURLToPath(new URL("./fixtures/specs/", import.meta.url));
/** The committed output of the fixture spec: what `pnpm generate` writes for a sixth service. */
export const fixturePackagesDir = fileURLToPath(new URL("./fixtures/packages/", import.meta.url));

/** The layout `pnpm generate` uses for the repository. */
export const repoLayout: GenerateLayout = {
  repoRoot,
  specsDir: `${repoRoot}specs`,
  packagesDir: `${repoRoot}packages`,
  mockOperationsFile: `${repoRoot}packages/mock-cloud/src/generated/operations.ts`,
  proxyAllowlistFile: `${repoRoot}packages/proxy/src/generated/allowlist.ts`,
  changesetDir: `${repoRoot}.changeset`,
};

/** The fixture spec generated into `packagesDir` (a temporary directory in tests). */
export function fixtureLayout(packagesDir: string, changesetDir?: string): GenerateLayout {
  return { repoRoot, specsDir: fixtureSpecsDir, packagesDir, ...(changesetDir ? { changesetDir } : {}) };
}

/** The spec files in specs/, as `pnpm generate` sees them. */
export function repoSpecFiles(): string[] {
  return readdirSync(`${repoRoot}specs`).filter(isSpecFile).sort();
}
