import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface SpecFile {
  /** File name without extension, e.g. "dcs". */
  readonly name: string;
  readonly file: string;
  readonly doc: JsonObject;
}

export const specsDir = fileURLToPath(new URL("../", import.meta.url));

/** Every OpenAPI document in specs/ (found by its `openapi` key, so redocly.yaml and friends are skipped). */
export function loadSpecs(): SpecFile[] {
  return readdirSync(specsDir)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => ({ file, parsed: parse(readFileSync(`${specsDir}${file}`, "utf8")) as unknown }))
    .filter(
      (entry): entry is { file: string; parsed: JsonObject } =>
        isObject(entry.parsed) && "openapi" in entry.parsed,
    )
    .map(({ file, parsed }) => ({ name: file.replace(/\.ya?ml$/, ""), file, doc: parsed }));
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
