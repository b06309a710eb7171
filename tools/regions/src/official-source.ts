/**
 * Where the official region tables come from: a JSON file shaped like ../shared/official-regions.json
 * (`{ regions: { <service>: { <id>: <endpoint> } } }`), or a directory holding an official SDK: a checkout of
 * the Node, Java or Python SDK, or installed packages (a node_modules folder, a site-packages folder).
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseRegionFile, type RegionTable } from "./region-file.js";
import { RegionsError } from "./errors.js";

/** Our spec names that differ from the official SDKs' service names. */
const OFFICIAL_SERVICE: Readonly<Record<string, string>> = { "gaussdb-mysql": "gaussdb" };

export const officialServiceOf = (service: string) => OFFICIAL_SERVICE[service] ?? service;

export interface OfficialSource {
  /** What to print as the origin of the data. */
  readonly description: string;
  /** The table for one of our services; undefined when the source has none for it. */
  tableFor(service: string): RegionTable | undefined;
}

export function openOfficialSource(path: string): OfficialSource {
  if (!existsSync(path)) throw new RegionsError(`official region data not found: ${path}`);
  return statSync(path).isDirectory() ? sdkDirectorySource(path) : jsonFileSource(path);
}

function jsonFileSource(path: string): OfficialSource {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new RegionsError(`${path}: not JSON (${(error as Error).message})`);
  }
  const regions = (data as { regions?: unknown } | null)?.regions;
  if (typeof regions !== "object" || regions === null) {
    throw new RegionsError(`${path}: expected { "regions": { <service>: { <region id>: <endpoint> } } }`);
  }
  return {
    description: path,
    tableFor(service) {
      const table = (regions as Record<string, unknown>)[service];
      if (table === undefined) return undefined;
      if (
        typeof table !== "object" ||
        table === null ||
        Object.values(table).some((v) => typeof v !== "string")
      ) {
        throw new RegionsError(`${path}: regions.${service} must map region ids to endpoint strings`);
      }
      return table as RegionTable;
    },
  };
}

/** Folders, below the given one, where an SDK's files for one service live in each known layout. */
function serviceFolders(root: string, official: string): string[] {
  return [
    join(root, "services", official), // Node and Java checkouts
    join(root, `huaweicloud-sdk-${official}`), // Python checkout, or node_modules/@huaweicloud
    join(root, "@huaweicloud", `huaweicloud-sdk-${official}`), // node_modules
    join(root, "node_modules", "@huaweicloud", `huaweicloud-sdk-${official}`), // a project using the Node SDK
    join(root, `huaweicloudsdk${official}`), // site-packages
  ].filter((folder) => existsSync(folder));
}

const MAX_DEPTH = 10;

/** The region files of one service: <Service>Region.ts|js|java or <service>_region.py, case-insensitive. */
function findRegionFiles(folder: string, official: string, depth = 0, found: string[] = []): string[] {
  if (depth > MAX_DEPTH) return found;
  const names = new Set([
    `${official}region.ts`,
    `${official}region.js`,
    `${official}region.java`,
    `${official}_region.py`,
  ]);
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== "test" && !entry.name.startsWith(".")) {
      findRegionFiles(path, official, depth + 1, found);
    } else if (entry.isFile() && names.has(entry.name.toLowerCase())) {
      found.push(path);
    }
  }
  return found;
}

function sdkDirectorySource(root: string): OfficialSource {
  return {
    description: root,
    tableFor(service) {
      const official = officialServiceOf(service);
      const files = [...new Set(serviceFolders(root, official).flatMap((f) => findRegionFiles(f, official)))];
      if (files.length === 0) return undefined;
      const tables = files.map((file) => ({ file, table: parseRegionFile(readFileSync(file, "utf8")) }));
      const distinct = new Map(tables.map((t) => [JSON.stringify(sortedEntries(t.table)), t]));
      if (distinct.size > 1) {
        throw new RegionsError(
          `${service}: the region files under ${root} disagree (${tables.map((t) => t.file).join(", ")}); ` +
            `pass the folder of one API version`,
        );
      }
      const { file, table } = tables[0]!;
      if (Object.keys(table).length === 0)
        throw new RegionsError(`${file}: no Region(...) declarations found`);
      return table;
    },
  };
}

const sortedEntries = (table: RegionTable) => Object.entries(table).sort(([a], [b]) => a.localeCompare(b));
