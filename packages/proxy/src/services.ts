import { HuaweiCloudConfigError, resolveEndpoint } from "@hwcloud/core";
import type { Allowlist } from "./allowlist.js";
import { compileRoutes, type Route } from "./route.js";

export interface ExposedService {
  readonly endpoint: string;
  readonly routes: readonly Route[];
}

export interface ServiceSelection {
  readonly region?: string | undefined;
  readonly endpoints?: Readonly<Record<string, string>> | undefined;
  readonly services?: readonly string[] | undefined;
}

/** The services the proxy serves, each with its resolved endpoint and compiled routes. */
export function exposeServices(allowlist: Allowlist, options: ServiceSelection): Map<string, ExposedService> {
  // Without a region only the services given an endpoint can be reached.
  const names =
    options.services ??
    (options.region === undefined ? Object.keys(options.endpoints ?? {}) : Object.keys(allowlist));
  if (names.length === 0)
    throw new HuaweiCloudConfigError("createSigningProxy: pass `region` or `endpoints`.");
  const exposed = new Map<string, ExposedService>();
  for (const name of names) {
    const service = allowlist[name];
    if (service === undefined) {
      throw new HuaweiCloudConfigError(
        `createSigningProxy: unknown service "${name}"; known: ${Object.keys(allowlist).join(", ")}`,
      );
    }
    const endpoint = resolveEndpoint(
      { service: name, regions: service.regions, operations: {} },
      { region: options.region, endpoint: options.endpoints?.[name] },
    );
    exposed.set(name, { endpoint, routes: compileRoutes(service) });
  }
  return exposed;
}

/** Splits `<basePath>/<service><rest>` into the exposed service and the operation path. */
export function locate(pathname: string, basePath: string, services: ReadonlyMap<string, ExposedService>) {
  if (!pathname.startsWith(`${basePath}/`)) return undefined;
  const afterBase = pathname.slice(basePath.length + 1);
  const slash = afterBase.indexOf("/");
  if (slash <= 0) return undefined;
  const name = afterBase.slice(0, slash);
  const service = services.get(name);
  return service === undefined ? undefined : { name, service, rest: afterBase.slice(slash) };
}
