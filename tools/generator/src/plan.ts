import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { isSpecFile, loadServiceSpec, type ServiceSpec } from "@hwcloud-tools/spec-model";
import { createFormatter } from "./format.js";
import { buildServiceModel } from "./model.js";
import { renderClient } from "./render/client.js";
import { renderDescriptor } from "./render/descriptor.js";
import { renderIndexModule } from "./render/index-module.js";
import { renderMockOperations } from "./render/mock-operations.js";
import { renderProxyAllowlist } from "./render/proxy-allowlist.js";
import { renderReadme } from "./render/readme.js";
import { renderInitialChangeset, renderScaffold } from "./render/scaffold.js";
import { renderSchema } from "./render/schema.js";

export interface GenerateLayout {
  /** Holds the prettier config the output is formatted with. */
  readonly repoRoot: string;
  /** Directory of <service>.yaml files. */
  readonly specsDir: string;
  /** Directory the service packages live in, one <service>/ folder each. */
  readonly packagesDir: string;
  /** Where the mock cloud's operations go; omitted to skip them. */
  readonly mockOperationsFile?: string;
  /** Where the signing proxy's allowlist goes; omitted to skip it. */
  readonly proxyAllowlistFile?: string;
  /** Where a new package's initial changeset goes; omitted to skip it. */
  readonly changesetDir?: string;
  /**
   * Write only each service's `src/generated/` files, straight into `packagesDir/<service>/`: a generated
   * client embedded in another package's tests (core's test service), with no package around it.
   */
  readonly generatedOnly?: boolean;
}

/**
 * `generated` files are rewritten on every run and must match byte for byte; `scaffold` files are only
 * planned when missing (a new service) and are the package's own from then on.
 */
export interface PlannedFile {
  readonly path: string;
  readonly content: string;
  readonly kind: "generated" | "scaffold";
}

export interface Plan {
  readonly files: readonly PlannedFile[];
  /** Directories whose every file is generated: anything there not in `files` is stale. */
  readonly generatedDirs: readonly string[];
}

/** Everything `pnpm generate` would write, computed in memory from the specs. */
export async function planGeneration(layout: GenerateLayout): Promise<Plan> {
  const formatter = await createFormatter(layout.repoRoot);
  const specFiles = (await readdir(layout.specsDir)).filter(isSpecFile).sort();
  const serviceSpecs: ServiceSpec[] = [];
  const files: PlannedFile[] = [];
  const generatedDirs: string[] = [];
  const add = async (path: string, text: string, kind: PlannedFile["kind"] = "generated") => {
    files.push({ path, content: await formatter.format(path, text), kind });
  };

  for (const specFile of specFiles) {
    const spec = await loadServiceSpec(join(layout.specsDir, specFile));
    const { service } = spec;
    serviceSpecs.push(spec);
    const specPath = relative(layout.repoRoot, join(layout.specsDir, specFile)).split(sep).join("/");
    const model = buildServiceModel(spec, specPath);
    const packageDir = join(layout.packagesDir, service);
    const generatedDir = layout.generatedOnly ? packageDir : join(packageDir, "src", "generated");
    generatedDirs.push(generatedDir);

    await add(join(generatedDir, "schema.ts"), await renderSchema(specPath, spec.document));
    await add(join(generatedDir, "descriptor.ts"), renderDescriptor(model));
    await add(join(generatedDir, "client.ts"), renderClient(model));
    if (layout.generatedOnly) continue;
    await add(join(packageDir, "src", "index.ts"), renderIndexModule(model));
    await add(join(packageDir, "README.md"), renderReadme(model));

    const isNewPackage = !existsSync(join(packageDir, "package.json"));
    for (const [name, text] of Object.entries(renderScaffold(model))) {
      if (!existsSync(join(packageDir, name))) await add(join(packageDir, name), text, "scaffold");
    }
    if (isNewPackage && layout.changesetDir !== undefined) {
      const changeset = join(layout.changesetDir, `${service}-initial-release.md`);
      await add(changeset, renderInitialChangeset(model), "scaffold");
    }
  }
  if (layout.mockOperationsFile !== undefined) {
    await add(layout.mockOperationsFile, renderMockOperations(serviceSpecs));
  }
  if (layout.proxyAllowlistFile !== undefined) {
    await add(layout.proxyAllowlistFile, renderProxyAllowlist(serviceSpecs));
  }
  return { files, generatedDirs };
}
