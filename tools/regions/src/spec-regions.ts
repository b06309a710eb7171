/**
 * The region facts of one spec (`x-hwcloud-regions` and the `{region}` values of its server), and the same
 * spec text with them replaced. The rewrite splices the two YAML nodes in place, so comments, key order and
 * every other line stay exactly as written.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";
import { RegionsError } from "./errors.js";
import type { RegionTable } from "./region-file.js";

export interface SpecRegions {
  readonly regions: RegionTable;
  /** The server URL with its `{region}` variable, e.g. https://dcs.{region}.myhuaweicloud.com. */
  readonly serverUrl: string;
  readonly serverEnum: readonly string[];
}

const REGIONS_PATH = ["x-hwcloud-regions"];
const ENUM_PATH = ["servers", 0, "variables", "region", "enum"];

function parse(file: string, text: string): Document.Parsed {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length > 0) throw new RegionsError(`${file}: ${doc.errors[0]!.message}`);
  return doc;
}

export function readSpecRegions(file: string, text: string): SpecRegions {
  const doc = parse(file, text);
  const regions = doc.getIn(REGIONS_PATH, true);
  if (!isMap(regions)) throw new RegionsError(`${file}: no x-hwcloud-regions map at the root`);
  const table: RegionTable = {};
  for (const { key, value } of regions.items) {
    if (!isScalar(key) || !isScalar(value))
      throw new RegionsError(`${file}: x-hwcloud-regions must map ids to URLs`);
    table[String(key.value)] = String(value.value);
  }
  const serverUrl = doc.getIn(["servers", 0, "url"]);
  if (typeof serverUrl !== "string" || !serverUrl.includes("{region}")) {
    throw new RegionsError(`${file}: servers[0].url must contain {region}`);
  }
  const serverEnum = doc.getIn(ENUM_PATH, true);
  if (!isSeq(serverEnum)) throw new RegionsError(`${file}: servers[0].variables.region.enum must be a list`);
  const values = serverEnum.items.map((item) => (isScalar(item) ? String(item.value) : ""));
  return { regions: table, serverUrl, serverEnum: values };
}

/** The regions whose endpoint is the server template filled in: the values the `{region}` variable lists. */
export function templateRegions(serverUrl: string, regions: RegionTable): string[] {
  return Object.entries(regions)
    .filter(([id, endpoint]) => serverUrl.replace("{region}", id) === endpoint)
    .map(([id]) => id);
}

/** The spec text with x-hwcloud-regions set to `regions` and the server's enum to its template regions. */
export function rewriteSpecRegions(file: string, text: string, regions: RegionTable): string {
  const doc = parse(file, text);
  const { serverUrl } = readSpecRegions(file, text);
  const splices = [
    splice(
      text,
      doc.getIn(REGIONS_PATH, true) as Node,
      Object.entries(regions).map(([id, url]) => `${id}: ${url}`),
    ),
    splice(
      text,
      doc.getIn(ENUM_PATH, true) as Node,
      templateRegions(serverUrl, regions).map((id) => `- ${id}`),
    ),
  ].sort((a, b) => b.start - a.start);
  let out = text;
  for (const { start, end, replacement } of splices) out = out.slice(0, start) + replacement + out.slice(end);
  return out;
}

/** Replaces a block node's text with `lines` at the node's own indentation. */
function splice(text: string, node: Node, lines: string[]) {
  const [start, valueEnd] = node.range!;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const indent = text.slice(lineStart, start);
  if (!/^ +$/.test(indent) || lines.length === 0) {
    throw new RegionsError(`cannot rewrite the node at offset ${start}: it is not an indented block`);
  }
  const end = text.slice(start, valueEnd).trimEnd().length + start;
  return { start, end, replacement: lines.join(`\n${" ".repeat(indent.length)}`) };
}
