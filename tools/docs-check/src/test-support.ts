/** Paths the tests share: the project's own fixtures, the committed specs and the shared doc pages. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, sharedDocsDir } from "./repo-paths.js";

export const root = repoRoot();
export const fixturesDir = join(root, "tools", "docs-check", "fixtures");
export const specsDir = join(root, "specs");
export const sharedDir = sharedDocsDir(root);

/** Appended to the names of suites that need ../shared, so a skipped run says why. */
export const sharedNote = sharedDir
  ? ""
  : " [skipped: ../shared/api-docs is not beside the repository, so the Huawei pages are unavailable]";

export const sharedPages = [
  "dcs-list-center-task.txt",
  "dcs-show-job-info.txt",
  "dws-list-logical-cluster-tasks.txt",
  "gaussdb-mysql-list-immediate-jobs.txt",
  "kafka-list-background-tasks.txt",
];

export function writeTemp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "docs-check-"));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}
