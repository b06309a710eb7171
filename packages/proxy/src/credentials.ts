/** The AK/SK the proxy signs with; a security token marks temporary credentials. */
export interface ProxyCredentials {
  readonly ak: string;
  readonly sk: string;
  readonly securityToken?: string;
}

/**
 * Static credentials or a function returning them, called for every forwarded request; wrap a slow source
 * (STS, a secrets manager) in a caching provider such as @hwcloud/signer's refreshing provider.
 */
export type ProxyCredentialsSource = ProxyCredentials | (() => ProxyCredentials | Promise<ProxyCredentials>);

export async function loadCredentials(source: ProxyCredentialsSource): Promise<ProxyCredentials> {
  return typeof source === "function" ? await source() : source;
}
