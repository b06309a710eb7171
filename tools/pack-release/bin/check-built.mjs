#!/usr/bin/env node
// Every public package's `prepack`: refuses to pack a package whose build is missing.
import { unpackableReasons } from "../src/check-built.mjs";

const reasons = unpackableReasons(process.cwd());
if (reasons.length > 0) {
  console.error(
    `${reasons.join("\n")}\nRefusing to pack. Run "pnpm build" first, or "pnpm pack:release" at the repository root to build and pack every package.`,
  );
  process.exit(1);
}
