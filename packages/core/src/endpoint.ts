import type { ServiceDescriptor } from "./descriptor.js";
import { HuaweiCloudConfigError } from "./errors.js";

export interface EndpointOptions {
  region?: string | undefined;
  endpoint?: string | undefined;
}

/**
 * The base URL for a service: `endpoint` when given (it may carry a path, e.g. a signing proxy's prefix),
 * else the region's endpoint from the descriptor (the spec's `x-hwcloud-regions`).
 */
export function resolveEndpoint(descriptor: ServiceDescriptor, options: EndpointOptions): string {
  if (options.endpoint !== undefined) {
    let url: URL;
    try {
      url = new URL(options.endpoint);
    } catch {
      throw new HuaweiCloudConfigError(
        `endpoint must be an absolute http(s) URL, got "${options.endpoint}".`,
      );
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new HuaweiCloudConfigError(`endpoint must use http or https, got "${url.protocol}".`);
    }
    return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
  }
  const known = Object.keys(descriptor.regions).sort();
  if (options.region === undefined) {
    throw new HuaweiCloudConfigError(
      `${descriptor.service}: pass \`region\` (one of ${known.join(", ")}) or \`endpoint\`.`,
    );
  }
  // Own keys only: "__proto__" or "constructor" must not reach Object.prototype.
  const origin =
    typeof options.region === "string" && Object.hasOwn(descriptor.regions, options.region)
      ? descriptor.regions[options.region]
      : undefined;
  if (typeof origin !== "string") {
    throw new HuaweiCloudConfigError(
      `${descriptor.service}: unknown region ${JSON.stringify(options.region)}. Known regions: ${known.join(", ")}. ` +
        "For another region pass `endpoint` instead.",
    );
  }
  return origin.replace(/\/+$/, "");
}
