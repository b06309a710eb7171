/** "cn-north-4" -> "CN_NORTH_4", as variable names spell services and regions. */
export const upperSnake = (name: string): string => name.toUpperCase().replace(/-/g, "_");

/**
 * Official SDK names for the services whose spec name differs, so the variables and files written for the
 * official SDKs work here too (GaussDB for MySQL is "GaussDB" there).
 */
const OFFICIAL_NAMES: Readonly<Record<string, string>> = { "gaussdb-mysql": "GAUSSDB" };

/** The names a service goes by in variables and files: ours upper-cased with "-" as "_", then the official one. */
export function regionServiceNames(service: string): string[] {
  const ours = upperSnake(service);
  const official = OFFICIAL_NAMES[service];
  return official === undefined ? [ours] : [ours, official];
}
