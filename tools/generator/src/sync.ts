import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Plan } from "./plan.js";

export interface Change {
  readonly path: string;
  readonly change: "create" | "update" | "delete";
}

/** What writing the plan would change on disk; empty when the committed output is up to date. */
export async function diffPlan(plan: Plan): Promise<Change[]> {
  const changes: Change[] = [];
  for (const file of plan.files) {
    if (!existsSync(file.path)) changes.push({ path: file.path, change: "create" });
    else if (file.kind === "generated" && (await readFile(file.path, "utf8")) !== file.content) {
      changes.push({ path: file.path, change: "update" });
    }
  }
  const planned = new Set(plan.files.map((file) => file.path));
  for (const dir of plan.generatedDirs) {
    if (!existsSync(dir)) continue;
    for (const name of (await readdir(dir)).sort()) {
      const path = join(dir, name);
      if (!planned.has(path)) changes.push({ path, change: "delete" });
    }
  }
  return changes;
}

/** Brings the disk in line with the plan, touching only files that differ. */
export async function applyPlan(plan: Plan): Promise<Change[]> {
  const changes = await diffPlan(plan);
  const contents = new Map(plan.files.map((file) => [file.path, file.content]));
  for (const { path, change } of changes) {
    if (change === "delete") {
      await rm(path, { recursive: true });
      continue;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, contents.get(path)!);
  }
  return changes;
}
