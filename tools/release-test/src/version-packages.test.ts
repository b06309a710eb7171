import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bin, publicPackages, workspaceRoot } from "./workspace.ts";

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
}

const packages = publicPackages().map((pkg) => ({
  ...pkg,
  manifest: JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf8")) as Manifest,
}));
const repos: string[] = [];

/** Packages that depend on `name`, directly or through another package. */
function dependentsOf(name: string): Set<string> {
  const found = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const { manifest } of packages) {
      const deps = Object.keys(manifest.dependencies ?? {});
      if (!found.has(manifest.name) && deps.some((dep) => dep === name || found.has(dep))) {
        found.add(manifest.name);
        grew = true;
      }
    }
  }
  return found;
}

/**
 * Runs `pnpm version-packages` (changeset version) on a copy of the workspace's manifests and changeset config
 * with one patch changeset for `changed`, and returns the resulting manifests. The repository is never touched.
 */
function versionPackagesWithPatchFor(changed: string): Map<string, Manifest> {
  const repo = mkdtempSync(join(tmpdir(), "version-packages-"));
  repos.push(repo);
  const write = (path: string, text: string) => {
    mkdirSync(join(repo, path, ".."), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  write("package.json", JSON.stringify({ name: "root", private: true }));
  write("pnpm-workspace.yaml", "packages:\n  - packages/*\n");
  write(".changeset/a-fix.md", `---\n"${changed}": patch\n---\n\nA fix.\n`);
  copyFileSync(join(workspaceRoot, ".changeset", "config.json"), join(repo, ".changeset", "config.json"));
  for (const { dir, manifest } of packages) {
    write(
      `${dir.slice(workspaceRoot.length)}/package.json`,
      JSON.stringify({ ...manifest, version: "1.0.0" }),
    );
  }
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "ignore" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "init");
  execFileSync(bin("changeset"), ["version"], { cwd: repo, stdio: "ignore" });
  return new Map(
    packages.map(({ dir, manifest }) => {
      const path = join(repo, dir.slice(workspaceRoot.length), "package.json");
      return [manifest.name, JSON.parse(readFileSync(path, "utf8")) as Manifest];
    }),
  );
}

afterAll(() => {
  for (const repo of repos) rmSync(repo, { recursive: true, force: true });
});

const versionsOf = (manifests: Map<string, Manifest>) =>
  Object.fromEntries([...manifests].map(([name, manifest]) => [name, manifest.version]));

describe("version-packages", () => {
  it("bumps the signer and every package that depends on it, so none keeps pinning the old signer", () => {
    const dependents = dependentsOf("@hwcloud/signer");
    expect(dependents).toContain("@hwcloud/core");
    const expected = Object.fromEntries(
      packages.map(({ manifest: { name } }) => [
        name,
        name === "@hwcloud/signer" || dependents.has(name) ? "1.0.1" : "1.0.0",
      ]),
    );
    expect(versionsOf(versionPackagesWithPatchFor("@hwcloud/signer"))).toEqual(expected);
  });

  it("bumps only the changed package when nothing depends on it", () => {
    expect(dependentsOf("@hwcloud/dcs").size).toBe(0);
    const expected = Object.fromEntries(
      packages.map(({ manifest: { name } }) => [name, name === "@hwcloud/dcs" ? "1.0.1" : "1.0.0"]),
    );
    expect(versionsOf(versionPackagesWithPatchFor("@hwcloud/dcs"))).toEqual(expected);
  });
});
