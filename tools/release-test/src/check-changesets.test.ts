import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("./check-changesets.mjs", import.meta.url));
let repo: string;

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function commit(message: string): void {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "ignore" });
  git("add", "-A");
  git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", message);
}

function check(...args: string[]): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: repo, encoding: "utf8" });
  return { code: result.status, output: result.stdout + result.stderr };
}

const manifest = (name: string, extra = {}) => JSON.stringify({ name, version: "0.1.0", ...extra });

/** A two-package pnpm workspace with changesets, committed once (the state before any release). */
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "changeset-check-"));
  execFileSync("git", ["init", "-q", "-b", "main"], { cwd: repo });
  write("package.json", JSON.stringify({ name: "root", private: true }));
  write("pnpm-workspace.yaml", "packages:\n  - packages/*\n");
  write(".changeset/config.json", JSON.stringify({ baseBranch: "main", access: "public", changelog: false }));
  write("packages/alpha/package.json", manifest("@demo/alpha"));
  write("packages/beta/package.json", manifest("@demo/beta"));
  write("packages/internal/package.json", manifest("@demo/internal", { private: true }));
  commit("skeleton");
});

afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe("check-changesets", () => {
  it("fails naming the package that changed without a changeset", () => {
    write("packages/alpha/src/index.ts", "export const alpha = 1;\n");
    write(".changeset/beta.md", '---\n"@demo/beta": patch\n---\n\nBeta fix.\n');
    write("packages/beta/src/index.ts", "export const beta = 1;\n");
    commit("change alpha and beta, changeset for beta only");
    const result = check();
    expect(result.code).toBe(1);
    expect(result.output).toContain("without a changeset: @demo/alpha.");
  });

  it("fails when packages changed and there is no changeset at all", () => {
    write("packages/alpha/src/index.ts", "export const alpha = 1;\n");
    commit("change alpha");
    expect(check().code).toBe(1);
  });

  it("passes when every changed public package has a changeset", () => {
    write("packages/alpha/src/index.ts", "export const alpha = 1;\n");
    write(".changeset/alpha.md", '---\n"@demo/alpha": minor\n---\n\nFirst release.\n');
    commit("alpha with changeset");
    const result = check();
    expect(result.output).toContain("1 changed package(s)");
    expect(result.code).toBe(0);
  });

  it("needs no changeset for test-only changes or private packages", () => {
    write("packages/alpha/src/index.test.ts", "// a test\n");
    write("packages/internal/src/index.ts", "export const internal = 1;\n");
    commit("tests and private code");
    expect(check().code).toBe(0);
  });

  it("only looks at changes since the last release (the last CHANGELOG.md commit)", () => {
    write("packages/alpha/src/index.ts", "export const alpha = 1;\n");
    commit("unreleased change, then released below");
    write("packages/alpha/CHANGELOG.md", "# @demo/alpha\n\n## 0.1.0\n");
    commit("version packages");
    expect(check().code).toBe(0);
    write("packages/beta/src/index.ts", "export const beta = 2;\n");
    commit("beta after the release");
    expect(check().output).toContain("without a changeset: @demo/beta.");
  });

  it("compares with --since for branch builds", () => {
    execFileSync("git", ["checkout", "-q", "-b", "feature"], { cwd: repo });
    write("packages/beta/src/index.ts", "export const beta = 3;\n");
    commit("feature work");
    expect(check("--since", "main").output).toContain("without a changeset: @demo/beta.");
  });
});
