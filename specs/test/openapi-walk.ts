import { isObject, type Json, type JsonObject } from "./spec-files.js";

export const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface Operation {
  readonly path: string;
  readonly method: string;
  /** JSON pointer of the operation object, e.g. "/paths/~1v2~1{project_id}~1tasks/get". */
  readonly pointer: string;
  readonly op: JsonObject;
  /** Path-level and operation-level parameters, $refs resolved, operation-level winning. */
  readonly parameters: readonly Parameter[];
}

export interface Parameter {
  readonly pointer: string;
  readonly param: JsonObject;
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Follows a local JSON pointer ("#/components/...") inside `doc`. */
export function getPointer(doc: JsonObject, pointer: string): Json | undefined {
  const segments = pointer.replace(/^#/, "").split("/").slice(1);
  let node: Json | undefined = doc;
  for (const raw of segments) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/** Returns the object a `$ref` points to (repeatedly), with the pointer where it was found. */
export function deref(
  doc: JsonObject,
  node: JsonObject,
  pointer: string,
): { node: JsonObject; pointer: string } {
  let current = { node, pointer };
  for (let hops = 0; typeof current.node.$ref === "string"; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${pointer}`);
    const ref = current.node.$ref;
    const target = getPointer(doc, ref);
    if (!isObject(target)) throw new Error(`unresolvable $ref ${ref} at ${current.pointer}`);
    current = { node: target, pointer: ref.replace(/^#/, "") };
  }
  return current;
}

export function operationsOf(doc: JsonObject): Operation[] {
  const paths = isObject(doc.paths) ? doc.paths : {};
  return Object.entries(paths).flatMap(([path, item]) => {
    if (!isObject(item)) return [];
    const itemPointer = `/paths/${escapePointer(path)}`;
    const shared = parametersAt(doc, item, itemPointer);
    return httpMethods.flatMap((method) => {
      const op = item[method];
      if (!isObject(op)) return [];
      const pointer = `${itemPointer}/${method}`;
      const own = parametersAt(doc, op, pointer);
      const key = (p: Parameter) => `${String(p.param.in)}:${String(p.param.name)}`;
      const ownKeys = new Set(own.map(key));
      return [
        { path, method, pointer, op, parameters: [...shared.filter((p) => !ownKeys.has(key(p))), ...own] },
      ];
    });
  });
}

function parametersAt(doc: JsonObject, holder: JsonObject, pointer: string): Parameter[] {
  const list = Array.isArray(holder.parameters) ? holder.parameters : [];
  return list.filter(isObject).map((raw, index) => {
    const { node, pointer: at } = deref(doc, raw, `${pointer}/parameters/${index}`);
    return { param: node, pointer: at };
  });
}

/** The JSON schema of an operation's 200 application/json body, $ref resolved, with its pointer. */
export function successSchema(
  doc: JsonObject,
  op: Operation,
): { schema: JsonObject; pointer: string } | undefined {
  const responses = isObject(op.op.responses) ? op.op.responses : {};
  const raw = responses["200"];
  if (!isObject(raw)) return undefined;
  const response = deref(doc, raw, `${op.pointer}/responses/200`);
  const media = isObject(response.node.content) ? response.node.content["application/json"] : undefined;
  if (!isObject(media) || !isObject(media.schema)) return undefined;
  const schema = deref(doc, media.schema, `${response.pointer}/content/application~1json/schema`);
  return { schema: schema.node, pointer: schema.pointer };
}

/** Property schema of an object schema (following $ref), or undefined. */
export function propertySchema(doc: JsonObject, schema: JsonObject, name: string): JsonObject | undefined {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const property = properties[name];
  return isObject(property) ? deref(doc, property, "").node : undefined;
}

/** The JSON types a schema admits at its top level ("null" included when nullable). */
export function admittedTypes(doc: JsonObject, schema: JsonObject): Set<string> {
  const resolved = deref(doc, schema, "").node;
  const types = new Set<string>();
  const type = resolved.type;
  if (typeof type === "string") types.add(type);
  if (Array.isArray(type)) type.forEach((t) => typeof t === "string" && types.add(t));
  if (Array.isArray(resolved.enum) && resolved.enum.includes(null)) types.add("null");
  if ("const" in resolved && resolved.const === null) types.add("null");
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const branches = resolved[keyword];
    if (Array.isArray(branches))
      branches.filter(isObject).forEach((b) => admittedTypes(doc, b).forEach((t) => types.add(t)));
  }
  return types;
}
