import type { ServiceDescriptor } from "./descriptor.js";
import { HuaweiCloudConfigError } from "./errors.js";
import { regionEndpointOverride, regionSettingHints } from "./region-endpoints.js";

export interface EndpointOptions {
  region?: string | undefined;
  endpoint?: string | undefined;
}

/**
 * The base URL for a service: `endpoint` when given (it may carry a path, e.g. a signing proxy's prefix),
 * else the region's endpoint: from HUAWEICLOUD_SDK_REGION_<SERVICE>_<REGION> or the regions file in server
 * runtimes (region-endpoints.ts), then from the descriptor (the spec's `x-hwcloud-regions`).
 */
export function resolveEndpoint(descriptor: ServiceDescriptor, options: EndpointOptions): string {
  if (options.endpoint !== undefined) return checkedEndpoint(options.endpoint, "endpoint");
  const known = Object.keys(descriptor.regions).sort();
  if (options.region === undefined) {
    throw new HuaweiCloudConfigError(
      `${descriptor.service}: pass \`region\` (one of ${known.join(", ")}) or \`endpoint\`${regionSettingHints(descriptor.service).missingRegion}.`,
    );
  }
  if (typeof options.region === "string") {
    const override = regionEndpointOverride(descriptor.service, options.region);
    if (override !== undefined) return checkedEndpoint(override.endpoint, override.source);
  }
  // Own keys only: "__proto__" or "constructor" must not reach Object.prototype.
  const origin =
    typeof options.region === "string" && Object.hasOwn(descriptor.regions, options.region)
      ? descriptor.regions[options.region]
      : undefined;
  if (typeof origin !== "string") {
    throw new HuaweiCloudConfigError(
      `${descriptor.service}: unknown region ${JSON.stringify(options.region)}. Known regions: ${known.join(", ")}. ` +
        `For another region pass \`endpoint\`${regionSettingHints(descriptor.service).unknownRegion}.`,
    );
  }
  return origin.replace(/\/+$/, "");
}

/** An absolute http(s) URL without query or fragment and without trailing slashes; `what` names its source. */
function checkedEndpoint(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new HuaweiCloudConfigError(`${what} must be an absolute http(s) URL, got "${value}".`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new HuaweiCloudConfigError(`${what} must use http or https, got "${url.protocol}".`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}
