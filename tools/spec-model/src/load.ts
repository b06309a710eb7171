import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { SpecModelError } from "./errors.js";
import { validateExtensions } from "./extensions.js";
import { escapePointer, isRecord } from "./json-pointer.js";
import { readOperation } from "./operation.js";
import { createFollow, valueAt } from "./references.js";
import {
  HTTP_METHODS,
  type Deviation,
  type OpenApiDocument,
  type OperationSpec,
  type SecurityRequirement,
  type SecurityScheme,
  type ServiceSpec,
  type SpecModel,
} from "./types.js";

const SPEC_FILE = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\.ya?ml$/;

/** "gaussdb-mysql.yaml" -> "gaussdb-mysql"; undefined when the file name is not a valid service name. */
export function serviceNameOf(specFile: string): string | undefined {
  return SPEC_FILE.exec(specFile)?.[1];
}

/** Every YAML file in a specs directory is a service spec, except the lint config that lives beside them. */
export function isSpecFile(name: string): boolean {
  return /\.ya?ml$/.test(name) && !/^\.?redocly\.ya?ml$/.test(name);
}

/** Reads every spec of `specsDir` (specs/ of the repository), in file name order. */
export async function loadSpecModel(specsDir: string): Promise<SpecModel> {
  const files = (await readdir(specsDir)).filter(isSpecFile).sort();
  return { services: await Promise.all(files.map((file) => loadServiceSpec(join(specsDir, file)))) };
}

/** Reads one spec file; its name ("gaussdb-mysql.yaml") is the service name. */
export async function loadServiceSpec(path: string): Promise<ServiceSpec> {
  const specFile = path.split(/[/\\]/).at(-1)!;
  const service = serviceNameOf(specFile);
  if (service === undefined) {
    throw new SpecModelError(specFile, "file name must be a lower-case service name like gaussdb-mysql.yaml");
  }
  return buildServiceSpec(
    service,
    specFile,
    parseSpec(specFile, await readFile(path, "utf8")),
    resolve(path),
  );
}

/** Parses spec text: YAML 1.2 core schema (no timestamps, no merge keys), duplicate keys an error. */
export function parseSpec(specFile: string, text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, filename: specFile });
  } catch (error) {
    throw new SpecModelError(specFile, `is not valid YAML (${(error as Error).message})`);
  }
}

/**
 * The model of one parsed spec: checks that it is an OpenAPI 3.1 document whose `x-hwcloud-*` extensions
 * follow specs/x-hwcloud.schema.json and name real parameters and fields, then reads it. `absoluteRef` is
 * where `$ref`s to other files would resolve from.
 */
export async function buildServiceSpec(
  service: string,
  specFile: string,
  document: unknown,
  absoluteRef = resolve(specFile),
): Promise<ServiceSpec> {
  if (!isRecord(document)) throw new SpecModelError(specFile, "must be a YAML mapping");
  if (typeof document.openapi !== "string" || !/^3\.1\.\d+$/.test(document.openapi)) {
    throw new SpecModelError(specFile, `must declare openapi: 3.1.x (found ${String(document.openapi)})`);
  }
  if (!isRecord(document.info) || typeof document.info.title !== "string") {
    throw new SpecModelError(specFile, "must have info.title");
  }
  if (!isRecord(document.paths) || Object.keys(document.paths).length === 0) {
    throw new SpecModelError(specFile, "must have at least one path");
  }
  validateExtensions(specFile, document);
  const follow = await createFollow(specFile, document, absoluteRef);
  const security = (Array.isArray(document.security) ? document.security : []) as SecurityRequirement[];
  const operations: OperationSpec[] = [];
  for (const [path, rawItem] of Object.entries(document.paths)) {
    const pathPointer = `/paths/${escapePointer(path)}`;
    const { node: pathItem, pointer: itemPointer } = follow(rawItem, pathPointer);
    const shared = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method.toLowerCase()];
      if (operation === undefined) continue;
      if (!isRecord(operation)) throw new SpecModelError(specFile, `${method} ${path} must be an object`);
      const context = { specFile, follow, documentSecurity: security };
      operations.push(readOperation(context, method, path, itemPointer, shared, operation));
    }
  }
  rejectRepeatedOperationIds(specFile, operations);
  const schemes =
    isRecord(document.components) && isRecord(document.components.securitySchemes)
      ? document.components.securitySchemes
      : {};
  const info = document.info as { title: string; description?: unknown };
  return {
    service,
    specFile,
    document: document as unknown as OpenApiDocument,
    title: info.title,
    description: typeof info.description === "string" ? info.description.trim() : undefined,
    regions: document["x-hwcloud-regions"] as Record<string, string>,
    securitySchemes: Object.fromEntries(
      Object.entries(schemes).map(([name, raw]) => {
        const { node } = follow(raw, `/components/securitySchemes/${escapePointer(name)}`);
        return [name, readSecurityScheme(node)];
      }),
    ),
    security,
    operations,
    deviations: findDeviations(document),
    follow,
    at: (pointer) => valueAt(document, pointer),
  };
}

function readSecurityScheme(node: Record<string, unknown>): SecurityScheme {
  return {
    type: String(node.type),
    ...(typeof node.in === "string" ? { in: node.in } : {}),
    ...(typeof node.name === "string" ? { name: node.name } : {}),
    ...(node["x-hwcloud-signing"] === undefined
      ? {}
      : { signing: node["x-hwcloud-signing"] as "SDK-HMAC-SHA256" }),
  };
}

function rejectRepeatedOperationIds(specFile: string, operations: readonly OperationSpec[]): void {
  const seen = new Map<string, OperationSpec>();
  for (const operation of operations) {
    const other = seen.get(operation.operationId);
    if (other !== undefined) {
      throw new SpecModelError(
        specFile,
        `operationId ${operation.operationId} is used by ${other.method} ${other.path} and ${operation.method} ${operation.path}`,
      );
    }
    seen.set(operation.operationId, operation);
  }
}

/** Every `x-hwcloud-deviation` note (already checked against the schema), outside example payloads. */
function findDeviations(node: unknown, pointer = ""): Deviation[] {
  if (Array.isArray(node))
    return node.flatMap((child, index) => findDeviations(child, `${pointer}/${index}`));
  if (!isRecord(node)) return [];
  return Object.entries(node).flatMap(([key, child]): Deviation[] => {
    if (key === "example" || key === "examples") return [];
    if (key !== "x-hwcloud-deviation") return findDeviations(child, `${pointer}/${escapePointer(key)}`);
    const notes = (Array.isArray(child) ? child : [child]) as Omit<Deviation, "pointer">[];
    return notes.map(({ kind, doc, reason }) => ({ pointer, kind, doc, reason }));
  });
}
