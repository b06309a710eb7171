import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { OpenApiDocument } from "../openapi-types.js";

const specsDir = fileURLToPath(new URL("../../../../specs/", import.meta.url));

/** specs/*.yaml parsed, keyed by service name: the source the generated specs.ts is made from. */
export function loadSpecs(): Record<string, OpenApiDocument> {
  return Object.fromEntries(
    readdirSync(specsDir)
      .filter((file) => file.endsWith(".yaml") && file !== "redocly.yaml")
      .sort()
      .map((file) => [
        file.replace(/\.yaml$/, ""),
        parse(readFileSync(`${specsDir}${file}`, "utf8")) as OpenApiDocument,
      ]),
  );
}
