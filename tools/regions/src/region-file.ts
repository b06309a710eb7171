/**
 * Reads the region table out of one official SDK region file. The Node (TypeScript source and compiled
 * JavaScript), Java and Python SDKs all declare a region as `Region("<id>", "<endpoint>", ...)`, the Node one
 * with the endpoints in an array; the first endpoint is the one the SDKs use.
 */
export type RegionTable = Record<string, string>;

const REGION_DECLARATION = /\bRegion\(\s*["']([a-z0-9-]+)["']\s*,\s*\[?\s*["'](https?:\/\/[^"']+)["']/g;

export function parseRegionFile(text: string): RegionTable {
  const table: RegionTable = {};
  for (const [, id, endpoint] of text.matchAll(REGION_DECLARATION)) {
    // The first declaration of an id wins, as in the SDKs' maps built in declaration order.
    if (!(id! in table)) table[id!] = endpoint!.replace(/\/+$/, "");
  }
  return table;
}
