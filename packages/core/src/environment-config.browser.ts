import { HuaweiCloudConfigError } from "./errors.js";
import type { ClientOptions } from "./types.js";
import type { ResolvedConfig } from "./environment-config.js";

/*
 * What browser bundles get instead of environment-config.ts (package.json "browser" map): a page has no
 * environment or credentials file, so whatever is not passed is missing.
 */
export function configFromEnvironment(service: string, options: ClientOptions): ResolvedConfig {
  if (options.credentials === undefined) {
    throw new HuaweiCloudConfigError(
      `${service}: pass \`credentials\` (in a browser page, "none" behind @hwcloud/proxy, or temporary ones).`,
    );
  }
  return { credentials: options.credentials, projectId: options.projectId, region: options.region };
}
