/**
 * Expands a generated region list into the region -> endpoint table of a ServiceDescriptor. Most regions
 * follow the service's host pattern (`https://dcs.{region}.myhuaweicloud.com`), so a generated package
 * carries the region ids and only the endpoints that differ, instead of every URL spelled out.
 */
export function regionTable(
  template: string,
  regions: readonly string[],
  exceptions: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return Object.fromEntries(
    regions.map((id) => [
      id,
      Object.hasOwn(exceptions, id) ? exceptions[id]! : template.replace("{region}", id),
    ]),
  );
}
