/**
 * The `regionTable(...)` call a descriptor holds instead of the spelled-out table: the host pattern most of
 * the service's regions follow, their ids in the spec's order, and the endpoints that differ from it.
 */
export function renderRegionTable(regions: Readonly<Record<string, string>>): string {
  const template = commonTemplate(regions);
  const ids = Object.keys(regions);
  const exceptions = Object.fromEntries(
    Object.entries(regions).filter(([id, endpoint]) => endpoint !== template?.replace("{region}", id)),
  );
  const args = [JSON.stringify(template ?? ""), JSON.stringify(ids)];
  if (Object.keys(exceptions).length > 0) args.push(JSON.stringify(exceptions));
  return `/* @__PURE__ */ regionTable(${args.join(", ")})`;
}

/** The most frequent endpoint with its region id replaced by `{region}`; undefined when none names its id. */
function commonTemplate(regions: Readonly<Record<string, string>>): string | undefined {
  const counts = new Map<string, number>();
  for (const [id, endpoint] of Object.entries(regions)) {
    if (!endpoint.includes(`.${id}.`)) continue;
    const template = endpoint.replace(`.${id}.`, ".{region}.");
    counts.set(template, (counts.get(template) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1]) best = entry;
  return best?.[0];
}
