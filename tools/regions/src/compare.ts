/** The differences between a spec's region facts and the official table, one readable line each. */
import type { RegionTable } from "./region-file.js";
import { templateRegions, type SpecRegions } from "./spec-regions.js";

export function compareRegions(spec: SpecRegions, official: RegionTable): string[] {
  const differences: string[] = [];
  for (const [id, endpoint] of Object.entries(official)) {
    const ours = spec.regions[id];
    if (ours === undefined) differences.push(`missing ${id}: ${endpoint}`);
    else if (ours !== endpoint) differences.push(`${id}: spec has ${ours}, official is ${endpoint}`);
  }
  for (const [id, endpoint] of Object.entries(spec.regions)) {
    if (!(id in official)) differences.push(`extra ${id}: ${endpoint} is not in the official table`);
  }
  const expected = templateRegions(spec.serverUrl, official);
  const listed = new Set(spec.serverEnum);
  const missingFromEnum = expected.filter((id) => !listed.has(id));
  const extraInEnum = spec.serverEnum.filter((id) => !expected.includes(id));
  if (missingFromEnum.length > 0)
    differences.push(`servers {region} enum lacks ${missingFromEnum.join(", ")}`);
  if (extraInEnum.length > 0) {
    differences.push(`servers {region} enum lists ${extraInEnum.join(", ")}, not on ${spec.serverUrl}`);
  }
  return differences;
}
