/**
 * Compares two OpenAPI operations by structure only: parameters (name, location, required, schema), response
 * statuses and body schemas (type, integer/number format, enum, bounds, default, properties, items), with
 * $refs followed. Prose (description, summary), examples and x- notes are ignored. A difference is accepted
 * when the right-hand (committed) side records an x-hwcloud-deviation on that node (for a property present on
 * one side only: on the property or its object; for a whole status present on one side only: on the operation).
 */
import { deviationsOf } from "./deviations.js";
import { schemaView } from "./schema-view.js";
import { escapePointer, followRef, isObject, type Json, type SpecDocument } from "./spec-index.js";

export interface StructuralDifference {
  path: string;
  left: unknown;
  right: unknown;
  accepted: boolean;
}

interface Canon {
  value: Record<string, unknown>;
  deviated: boolean;
}

export interface CanonicalOperation {
  entries: Record<string, Canon>;
  /** Whether the operation itself carries a deviation note (covers statuses present on one side only). */
  deviated: boolean;
}

export function canonicalOperation(spec: SpecDocument, path: string, method: string): CanonicalOperation {
  const pointer = `/paths/${escapePointer(path)}/${method}`;
  const pathItem = (spec.doc.paths as Json)[path] as Json;
  const operation = pathItem[method] as Json;
  const out: Record<string, Canon> = {};
  const params = [...asArray(pathItem.parameters), ...asArray(operation.parameters)];
  params.forEach((p, i) => {
    const resolved = followRef(spec, p, `${pointer}/parameters/${i}`);
    if (!resolved) return;
    const key = `parameter ${resolved.node.in}:${String(resolved.node.name).toLowerCase()}`;
    const schema = canonicalSchema(spec, resolved.node.schema, 0);
    const noted = resolved.chain.some((n) => deviationsOf(n).length > 0);
    out[key] = {
      value: {
        required: resolved.node.required === true,
        schema: { ...schema, deviated: schema.deviated || noted },
      },
      deviated: noted,
    };
  });
  const body = followRef(spec, operation.requestBody, "");
  const bodyMedia = body && isObject(body.node.content) ? body.node.content["application/json"] : undefined;
  if (isObject(bodyMedia)) out["request body"] = canonicalSchema(spec, bodyMedia.schema, 0, true);
  const responses = isObject(operation.responses) ? operation.responses : {};
  for (const [status, response] of Object.entries(responses)) {
    const resolved = followRef(spec, response, "");
    const media =
      resolved && isObject(resolved.node.content) ? resolved.node.content["application/json"] : undefined;
    const schema = isObject(media) ? canonicalSchema(spec, media.schema, 0) : { value: {}, deviated: false };
    out[`response ${status}`] = schema;
  }
  return { entries: out, deviated: deviationsOf(operation).length > 0 };
}

/** `required` lists are compared for request bodies only: response tables never state them. */
function canonicalSchema(spec: SpecDocument, node: unknown, depth: number, withRequired = false): Canon {
  const view = depth > 20 ? undefined : schemaView(spec, node, "");
  if (!view) return { value: {}, deviated: false };
  const value: Record<string, unknown> = {};
  const deviated = view.nodes.some((n) => deviationsOf(n).length > 0);
  const types = [...view.types, ...(view.nullable ? ["null"] : [])].sort();
  if (types.length > 0) value.type = types;
  if (view.format && (view.types.includes("integer") || view.types.includes("number")))
    value.format = view.format;
  if (view.enum) value.enum = [...view.enum].map((v) => JSON.stringify(v)).sort();
  if (view.minimum !== undefined) value.minimum = view.minimum;
  if (view.maximum !== undefined) value.maximum = view.maximum;
  if (view.default !== undefined) value.default = view.default;
  if (withRequired && view.required.length > 0) value.required = [...view.required].sort();
  if (view.items !== undefined) {
    const items = canonicalSchema(spec, view.items, depth + 1, withRequired);
    value.items = items;
  }
  if (Object.keys(view.properties).length > 0) {
    value.properties = Object.fromEntries(
      Object.entries(view.properties).map(([name, p]) => [
        name,
        canonicalSchema(spec, p, depth + 1, withRequired),
      ]),
    );
  }
  return { value, deviated };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Differences between a draft (left) and the committed spec (right), one per differing leaf. */
export function diffOperations(left: CanonicalOperation, right: CanonicalOperation): StructuralDifference[] {
  const differences: StructuralDifference[] = [];
  for (const key of new Set([...Object.keys(left.entries), ...Object.keys(right.entries)])) {
    const [l, r] = [left.entries[key], right.entries[key]];
    if (!l || !r) {
      const accepted = (r?.deviated ?? false) || (key.startsWith("response ") && right.deviated);
      differences.push({ path: key, left: l?.value, right: r?.value, accepted });
      continue;
    }
    diffCanon(key, l, r, differences);
  }
  return differences;
}

function diffCanon(path: string, left: Canon, right: Canon, out: StructuralDifference[]): void {
  const accepted = right.deviated;
  for (const key of new Set([...Object.keys(left.value), ...Object.keys(right.value)])) {
    const [l, r] = [left.value[key], right.value[key]];
    if (isCanon(l) && isCanon(r)) {
      diffCanon(`${path}.${key}`, l, r, out);
    } else if (key === "properties") {
      const lp = (l ?? {}) as Record<string, Canon>;
      const rp = (r ?? {}) as Record<string, Canon>;
      for (const name of new Set([...Object.keys(lp), ...Object.keys(rp)])) {
        if (lp[name] && rp[name]) diffCanon(`${path}.${name}`, lp[name], rp[name], out);
        else
          out.push({
            path: `${path}.${name}`,
            left: lp[name]?.value,
            right: rp[name]?.value,
            accepted: accepted || (rp[name]?.deviated ?? false),
          });
      }
    } else if (JSON.stringify(l) !== JSON.stringify(r)) {
      out.push({ path: `${path}.${key}`, left: unwrap(l), right: unwrap(r), accepted });
    }
  }
}

function unwrap(value: unknown): unknown {
  return isCanon(value) ? value.value : value;
}

function isCanon(value: unknown): value is Canon {
  return isObject(value) && isObject(value.value) && typeof value.deviated === "boolean";
}
