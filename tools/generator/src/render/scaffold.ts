import type { ServiceModel } from "../model-types.js";

/**
 * Files a new service package starts with. They are written once, when the package does not exist yet,
 * and then belong to the package: changesets bump the version in package.json, so it is never regenerated.
 */
export function renderScaffold(model: ServiceModel): Readonly<Record<string, string>> {
  return {
    "package.json": `${JSON.stringify(packageJson(model), null, 2)}\n`,
    "tsconfig.json": `${JSON.stringify({ extends: "../../tsconfig.base.json", include: ["src"] }, null, 2)}\n`,
  };
}

/** The initial-release changeset that goes with a new package. */
export function renderInitialChangeset(model: ServiceModel): string {
  return [
    `---`,
    `"${model.packageName}": minor`,
    `---`,
    ``,
    `First release of ${model.packageName}: a typed, signed client for Huawei Cloud ${model.productName}, generated from ${model.specPath}.`,
    ``,
  ].join("\n");
}

function packageJson(model: ServiceModel) {
  return {
    name: model.packageName,
    version: "0.0.0",
    description: `Typed client for Huawei Cloud ${model.productName}`,
    license: "Apache-2.0",
    type: "module",
    sideEffects: false,
    main: "./dist/index.cjs",
    module: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports: {
      ".": {
        import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
        require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
      },
      "./package.json": "./package.json",
    },
    files: ["dist", "README.md"],
    scripts: {
      build:
        "tsup src/index.ts --format esm,cjs --clean --target es2022 && node ../../tools/emit-declarations.mjs src/index.ts",
      // Packing before a build would ship only package.json and README.
      prepack: "node ../../tools/pack-release/bin/check-built.mjs",
      typecheck: "tsc -p tsconfig.json",
    },
    dependencies: { "@hwcloud/core": "workspace:*" },
    publishConfig: { access: "public" },
    engines: { node: ">=20" },
  };
}
