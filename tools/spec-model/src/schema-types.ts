import { isRecord } from "./json-pointer.js";
import type { ServiceSpec } from "./types.js";

/** The JSON types a schema admits at its top level ("null" included when nullable), `$ref`s followed. */
export function admittedTypes(spec: ServiceSpec, schema: unknown): Set<string> {
  const resolved = spec.follow(schema).node;
  const types = new Set<string>();
  const type = resolved.type;
  if (typeof type === "string") types.add(type);
  if (Array.isArray(type)) for (const each of type) if (typeof each === "string") types.add(each);
  if (Array.isArray(resolved.enum) && resolved.enum.includes(null)) types.add("null");
  if ("const" in resolved && resolved.const === null) types.add("null");
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const branches = resolved[keyword];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches.filter(isRecord))
      for (const each of admittedTypes(spec, branch)) types.add(each);
  }
  return types;
}
