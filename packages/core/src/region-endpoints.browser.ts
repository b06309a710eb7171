import type { RegionEndpointOverride } from "./region-endpoints.js";

export { regionServiceNames } from "./region-names.js";

/*
 * What browser bundles get instead of region-endpoints.ts (package.json "browser" map): a page has no
 * environment variables or regions file, so the endpoint comes from `endpoint` or the spec's table.
 */
export function regionEndpointOverride(
  _service: string,
  _region: string,
): RegionEndpointOverride | undefined {
  return undefined;
}
