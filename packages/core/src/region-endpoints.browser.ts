import type { RegionEndpointOverride, RegionSettingHints } from "./region-endpoints.js";

/*
 * What browser bundles get instead of region-endpoints.ts (package.json "browser" map): a page has no
 * environment variables or regions file, so the endpoint comes from `endpoint` or the spec's table, and
 * the endpoint errors name only those.
 */
export function regionEndpointOverride(
  _service: string,
  _region: string,
): RegionEndpointOverride | undefined {
  return undefined;
}

const NO_SETTINGS: RegionSettingHints = { missingRegion: "", unknownRegion: "" };

export function regionSettingHints(_service: string): RegionSettingHints {
  return NO_SETTINGS;
}
