import type { ClientOptions } from "@hwcloud/dcs";

export type ServiceName = "dws" | "dcs" | "gaussdb-mysql" | "kafka";

/**
 * Where the page sends each service's requests and how they authenticate. The page only talks to clients
 * through this, so another way to connect (a signing proxy holding the keys) is one more factory here.
 */
export interface Connection {
  clientOptions(service: ServiceName): ClientOptions;
}

export interface DirectSettings {
  /** One base URL for every service (the mock cloud, or a gateway); empty to use `region`. */
  readonly endpoint: string;
  readonly region: string;
  readonly projectId: string;
  readonly ak: string;
  readonly sk: string;
  /** Present with temporary credentials; without it the key is permanent. */
  readonly securityToken: string;
  /** A permanent key in a page can be read by anyone who loads it: only for the mock cloud or a local demo. */
  readonly allowPermanentKey: boolean;
}

/** The page signs every request itself with credentials typed into the form (kept in memory only). */
export function directConnection(settings: DirectSettings): Connection {
  const credentials = {
    ak: settings.ak,
    sk: settings.sk,
    ...(settings.securityToken ? { securityToken: settings.securityToken } : {}),
  };
  return {
    clientOptions: () => ({
      ...(settings.endpoint ? { endpoint: settings.endpoint } : { region: settings.region }),
      projectId: settings.projectId,
      credentials,
      dangerouslyAllowBrowser: settings.allowPermanentKey,
    }),
  };
}

export interface ProxySettings {
  /** Where @hwcloud/proxy is mounted, e.g. "https://my.site/hwcloud" or "/hwcloud" on the page's own server. */
  readonly proxyUrl: string;
  readonly projectId: string;
}

/**
 * The page sends unsigned requests to a signing proxy (@hwcloud/proxy), which holds the keys on the server
 * and forwards each service's calls from `<proxyUrl>/<service>`. No credentials exist in the page.
 */
export function proxyConnection(settings: ProxySettings): Connection {
  const base = new URL(settings.proxyUrl, globalThis.location?.href).href.replace(/\/+$/, "");
  return {
    clientOptions: (service) => ({
      endpoint: `${base}/${service}`,
      projectId: settings.projectId,
      credentials: "none",
    }),
  };
}
