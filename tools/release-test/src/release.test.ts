import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PROJECT_ID, startMockCloud, type RunningMockCloud } from "@hwcloud/mock-cloud";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callFromNode, installConsumer, typeCheck, type Consumer, type PackageManager } from "./consumer.ts";
import { measureFootprint } from "./footprint.ts";
import { buildPackages, publishWorkspace } from "./publish.ts";
import {
  fetchPublishedVersion,
  lintTarball,
  unexpectedFiles,
  unpublishableRanges,
  type PublishedVersion,
} from "./published-package.ts";
import { startRegistry, type LocalRegistry } from "./registry.ts";
import { serviceCases } from "./services.ts";
import { publicPackages } from "./workspace.ts";

const packages = publicPackages();
const packageManagers: PackageManager[] = ["npm", "pnpm"];
const installs = packageManagers.flatMap((pm) =>
  serviceCases.map((service) => [pm, service.packageName, service] as const),
);
/** Everything one service package may pull in: itself, the runtime, the signer, openapi-fetch and its helpers. */
const allowedDependencies =
  /^(@hwcloud\/(core|signer|dws|dcs|gaussdb-mysql|kafka)|openapi-fetch|openapi-typescript-helpers)@/;
const maxInstallBytes = 1024 * 1024;

let registry: LocalRegistry;
let mock: RunningMockCloud;
let tarballDir: string;
const published = new Map<string, PublishedVersion>();
const consumers = new Map<string, Consumer>();
const footprints: string[] = [];

/** Runs `task` over `items`, at most `limit` at a time (installs mostly wait on the registry). */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

beforeAll(async () => {
  const phases: string[] = [];
  const timed = async <T>(name: string, step: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await step();
    phases.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)}s`);
    return result;
  };
  await timed("build", buildPackages);
  registry = await timed("registry start", startRegistry);
  await timed("changeset publish", () => publishWorkspace(registry));
  tarballDir = mkdtempSync(join(tmpdir(), "hwcloud-tarballs-"));
  for (const pkg of packages) {
    published.set(pkg.name, await fetchPublishedVersion(registry.url, pkg.name, pkg.version, tarballDir));
  }
  mock = await startMockCloud();
  await timed(`${installs.length} consumer installs`, () =>
    eachLimited(installs, 3, async ([packageManager, packageName, service]) => {
      const version = published.get(packageName)!.manifest.version as string;
      consumers.set(
        `${packageManager} ${packageName}`,
        await installConsumer(packageManager, service, version, registry),
      );
    }),
  );
  console.log(`release test setup: ${phases.join(", ")}`);
}, 600_000);

afterAll(async () => {
  if (footprints.length > 0)
    console.log(`install footprint (node_modules):\n${footprints.sort().join("\n")}`);
  await mock?.close();
  await registry?.stop();
  if (tarballDir) rmSync(tarballDir, { recursive: true, force: true });
  for (const consumer of consumers.values()) rmSync(consumer.dir, { recursive: true, force: true });
});

describe.concurrent("changeset publish to a local registry", () => {
  it.each(packages.map((pkg) => [pkg.name, pkg] as const))(
    "publishes %s at its workspace version with registry ranges only",
    (name, pkg) => {
      const version = published.get(name);
      expect(version?.manifest.version).toBe(pkg.version);
      expect(unpublishableRanges(version!.manifest)).toEqual([]);
    },
  );

  it.each(packages.map((pkg) => [pkg.name] as const))(
    "ships only the manifest, README, dist and the files its browser map names in %s",
    (name) => {
      const { files, manifest } = published.get(name)!;
      expect(unexpectedFiles(files, manifest)).toEqual([]);
      expect(files).toEqual(
        expect.arrayContaining([
          "README.md",
          "dist/index.js",
          "dist/index.cjs",
          "dist/index.d.ts",
          "dist/index.d.cts",
        ]),
      );
    },
  );

  it.each(packages.map((pkg) => [pkg.name] as const))(
    "declares each module in its own file with a CommonJS twin in %s, so go-to-definition lands on the declaring module",
    (name) => {
      const { files } = published.get(name)!;
      const declarations = files.filter((file) => file.endsWith(".d.ts"));
      expect(declarations.length).toBeGreaterThan(1);
      expect(files).toEqual(
        expect.arrayContaining(declarations.map((file) => file.replace(/\.d\.ts$/, ".d.cts"))),
      );
    },
  );

  it.each(packages.map((pkg) => [pkg.name] as const))(
    "publint and attw find no problems in the published %s tarball",
    async (name) => {
      await lintTarball(published.get(name)!.tarballPath);
    },
  );
});

describe.concurrent.each(installs)(
  "%s install of %s from the registry",
  (packageManager, packageName, service) => {
    const consumer = () => consumers.get(`${packageManager} ${packageName}`)!;

    it.each(["call.mjs", "call.cjs"] as const)(
      "%s makes a signed call the mock cloud accepts, and a forged one it refuses",
      async (script) => {
        const target = { endpoint: mock.url, projectId: DEMO_PROJECT_ID, ...mock.credentials };
        const result = await callFromNode(consumer(), script, target);
        expect(result.items).toBeGreaterThan(0);
        expect(result.rejected).toEqual({ isHuaweiCloudError: true, status: 401 });
      },
    );

    it.each(["node16", "bundler"] as const)(
      "type-checks a strict consumer with moduleResolution %s",
      async (resolution) => {
        await typeCheck(consumer(), resolution);
      },
    );

    it("pulls in only the SDK and openapi-fetch, under 1 MB", () => {
      const footprint = measureFootprint(join(consumer().dir, "node_modules"));
      footprints.push(
        `  ${packageName.padEnd(24)} ${packageManager.padEnd(4)} ${String(footprint.packages.length).padStart(2)} packages ` +
          `${(footprint.bytes / 1024).toFixed(1).padStart(7)} KB  (${footprint.packages.join(", ")})`,
      );
      expect(footprint.packages.filter((id) => !allowedDependencies.test(id))).toEqual([]);
      expect(footprint.bytes).toBeLessThan(maxInstallBytes);
    });
  },
);
