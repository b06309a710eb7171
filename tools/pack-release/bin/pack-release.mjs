#!/usr/bin/env node
// pnpm pack:release [dir]: until the packages are on the npm registry, builds and packs every public package
// into installable tarballs (default dir: release-tarballs/) and prints the npm install line for each.
import { resolve } from "node:path";
import { installCommands, packRelease, workspaceRoot } from "../src/pack-release.mjs";

const destination = resolve(process.env.INIT_CWD ?? workspaceRoot, process.argv[2] ?? "release-tarballs");
const packed = packRelease(destination);
console.log(`Packed ${packed.length} packages into ${destination}:`);
for (const pkg of packed) console.log(`  ${pkg.name}@${pkg.version}`);
console.log(`\nInstall one in your project (each line brings the @hwcloud packages it needs):`);
for (const command of installCommands(packed)) console.log(`  ${command}`);
