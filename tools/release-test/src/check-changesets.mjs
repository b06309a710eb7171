// @ts-check
// Fails when a public package changed since the last release without a changeset that names it.
// `changeset status` alone is not enough: it only fails when there are no changesets at all, and by default it
// diffs against the base branch, which on main itself (and in a CI clone of main) is an empty diff.
// Base: `--since <ref>` (or CHANGESET_SINCE) for branch builds; otherwise the last release (the last commit
// that touched a package CHANGELOG.md, which `changeset version` writes), or the first commit before any release.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// The repository checked is the one the command runs in; changesets itself comes from this workspace.
const changesetBin = fileURLToPath(new URL("../../../node_modules/.bin/changeset", import.meta.url));
const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
/** Files that never reach users: a change to them alone needs no changeset. */
const notShipped = /(\.test\.|\.test-d\.|\/test\/|\/__fixtures__\/|vitest\.config\.)/;

/** @param {string[]} args */
const git = (args) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();

function fail(/** @type {string} */ message) {
  console.error(`check-changesets: ${message}`);
  process.exit(1);
}

function baseRef() {
  const flag = process.argv.indexOf("--since");
  const explicit = flag >= 0 ? process.argv[flag + 1] : process.env.CHANGESET_SINCE;
  if (explicit)
    return { ref: git(["rev-parse", "--verify", `${explicit}^{commit}`]), why: `--since ${explicit}` };
  if (git(["rev-parse", "--is-shallow-repository"]) === "true") {
    fail("the clone is shallow, so the last release cannot be found; run `git fetch --unshallow` first.");
  }
  const lastRelease = git(["log", "-1", "--format=%H", "--", "packages/*/CHANGELOG.md"]);
  if (lastRelease) return { ref: lastRelease, why: "the last release" };
  const first = git(["rev-list", "--max-parents=0", "HEAD"]).split("\n")[0] ?? "";
  return { ref: first, why: "the first commit (nothing released yet)" };
}

/** @param {string} ref */
function changedPublicPackages(ref) {
  const files = [
    ...git(["diff", "--name-only", "--no-relative", ref]).split("\n"),
    ...git(["ls-files", "--others", "--exclude-standard", "packages"]).split("\n"),
  ].filter((file) => file.startsWith("packages/") && !notShipped.test(file));
  const names = new Set();
  for (const file of files) {
    const manifestPath = join(root, ...file.split("/").slice(0, 2), "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    if (!manifest.private) names.add(manifest.name);
  }
  return [...names].sort();
}

/**
 * Runs `changeset status` (which also validates every changeset) and returns the packages the changesets name,
 * or null when it fails (no changesets at all, or an invalid one; it prints why).
 */
function packagesNamedByChangesets(/** @type {string} */ ref) {
  const dir = mkdtempSync(join(tmpdir(), "changeset-status-"));
  try {
    const output = join(dir, "status.json");
    try {
      execFileSync(changesetBin, ["status", `--since=${ref}`, `--output=${output}`], {
        cwd: root,
        stdio: ["ignore", "ignore", "inherit"],
      });
    } catch {
      return null;
    }
    /** @type {{ changesets: { releases: { name: string, type: string }[] }[] }} */
    const plan = JSON.parse(readFileSync(output, "utf8"));
    return new Set(plan.changesets.flatMap((changeset) => changeset.releases.map((release) => release.name)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const base = baseRef();
const changed = changedPublicPackages(base.ref);
const named = changed.length > 0 ? packagesNamedByChangesets(base.ref) : new Set();
const missing = changed.filter((name) => !named?.has(name));
const since = `${base.ref.slice(0, 10)} (${base.why})`;
if (missing.length > 0) {
  fail(
    `changed since ${since} without a changeset: ${missing.join(", ")}. Run \`pnpm changeset\` and commit the file.`,
  );
}
if (named === null) fail("`changeset status` failed (see above).");
console.log(
  `check-changesets: ${changed.length} changed package(s) since ${since}, all covered by changesets.`,
);
