import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./run.ts";
import { bin } from "./workspace.ts";

export interface PublishedVersion {
  readonly manifest: Record<string, unknown> & { dist: { tarball: string; unpackedSize?: number } };
  /** Paths inside the tarball without the leading "package/". */
  readonly files: string[];
  readonly tarballBytes: number;
  /** The downloaded tarball, for publint and attw. */
  readonly tarballPath: string;
}

/** Reads one version's manifest as the registry serves it, and downloads its tarball into `dir`. */
export async function fetchPublishedVersion(
  registryUrl: string,
  name: string,
  version: string,
  dir: string,
): Promise<PublishedVersion> {
  const response = await fetch(new URL(name.replace("/", "%2f"), registryUrl));
  if (!response.ok) throw new Error(`registry has no ${name}: ${response.status}`);
  const packument = (await response.json()) as { versions: Record<string, PublishedVersion["manifest"]> };
  const manifest = packument.versions[version];
  if (!manifest) throw new Error(`registry has ${name} but not version ${version}`);

  const tarball = Buffer.from(await (await fetch(manifest.dist.tarball)).arrayBuffer());
  const tarballPath = join(dir, `${name.replace("@", "").replace("/", "-")}-${version}.tgz`);
  writeFileSync(tarballPath, tarball);
  const listing = await run("tar", ["-tzf", tarballPath], { cwd: dir });
  const files = listing
    .split("\n")
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ""))
    .sort();
  return { manifest, files, tarballBytes: tarball.length, tarballPath };
}

const dependencyFields = [
  "dependencies",
  "peerDependencies",
  "optionalDependencies",
  "devDependencies",
] as const;

/** Every dependency range that is not a plain registry version (workspace:, link:, file:). */
export function unpublishableRanges(manifest: Record<string, unknown>): string[] {
  return dependencyFields.flatMap((field) =>
    Object.entries((manifest[field] ?? {}) as Record<string, string>)
      .filter(([, range]) => /^(workspace|link|file|portal):/.test(range))
      .map(([dep, range]) => `${field}.${dep}: ${range}`),
  );
}

/** What a user needs: the manifest, the README, licence/changelog, built JS + declarations, and bin launchers. */
const allowedFile =
  /^(package\.json|README\.md|LICENSE(\.md)?|CHANGELOG\.md|bin\/[\w-]+\.js|dist\/[\w./-]+\.(js|cjs|mjs|d\.ts|d\.cts|d\.mts))$/;
const testFile = /\.(test|spec|test-d)\./;

/**
 * Files outside that list, except the ones the manifest's "browser" map substitutes for bundlers (publint
 * requires every file that map names to be in the package).
 */
export function unexpectedFiles(files: readonly string[], manifest: Record<string, unknown> = {}): string[] {
  const browserMap = manifest.browser;
  const substitutes = new Set(
    typeof browserMap === "object" && browserMap !== null
      ? Object.values(browserMap).map((target) => String(target).replace(/^\.\//, ""))
      : [],
  );
  return files.filter((file) => (!allowedFile.test(file) && !substitutes.has(file)) || testFile.test(file));
}

/** publint (warnings count as errors) and Are The Types Wrong on the tarball exactly as it was published. */
export async function lintTarball(tarballPath: string): Promise<{ publint: string; attw: string }> {
  const cwd = join(tarballPath, "..");
  const publint = await run(bin("publint"), ["run", tarballPath, "--strict"], { cwd });
  const attw = await run(
    bin("attw"),
    [tarballPath, "--format", "table-flipped", "--no-color", "--no-emoji"],
    { cwd },
  );
  return { publint, attw };
}
