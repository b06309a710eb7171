/**
 * Wraps a drafted operation into what specs/ needs: a whole OpenAPI document for a new service, or the
 * operation merged into an existing spec (`docs:draft --into specs/<service>.yaml`), reusing the spec's own
 * components where the drafted ones have the same structure. Every guess is marked TODO for the reviewer.
 */
import { basename } from "node:path";
import { isMap, parseDocument, stringify, type Document } from "yaml";
import { draftOperation, type Draft } from "./draft.js";
import type { Schema } from "./draft-schema.js";
import type { DocPage, ParseProblem } from "./page-model.js";

const TODO_DESCRIPTION = "TODO: describe this in your own words.";

export class DraftMergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DraftMergeError";
  }
}

/** The service a page belongs to: the doc URL's api-<service> folder, else the file name's first word. */
export function guessService(page: DocPage): string {
  const fromUrl = /\/api-([a-z0-9-]+)\//.exec(page.source)?.[1];
  if (fromUrl) return fromUrl;
  const file = basename(page.source).replace(/\.[a-z]+$/i, "");
  const word = /^([a-z][a-z0-9]*)[-_.]/.exec(file)?.[1];
  if (word) return word;
  const segment = page.path.split("/").find((s) => s !== "" && !/^v\d/.test(s) && !s.startsWith("{"));
  return (segment ?? "service").toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The tag the spec's operations are filed under (its first declared tag), if it declares one. */
function specTag(spec: Schema): string | undefined {
  const tags = Array.isArray(spec.tags) ? (spec.tags as Schema[]) : [];
  return typeof tags[0]?.name === "string" ? tags[0].name : undefined;
}

/** The operation as specs/ writes it: a tag, a description, described parameters and its doc page. */
function finishOperation(draft: Draft, page: DocPage, service: string, tag: string | undefined): Schema {
  const operation = Object.values(Object.values(draft.paths)[0]!)[0]!;
  const { operationId, summary, ...rest } = operation;
  const parameters = (rest.parameters as Schema[] | undefined)?.map((p) =>
    p.description ? p : { ...p, description: TODO_DESCRIPTION },
  );
  const url = /^https:\/\//.test(page.source)
    ? page.source
    : `https://support.huaweicloud.com/api-${service}/${String(operationId)}.html`;
  return {
    operationId,
    summary: summary ?? String(operationId),
    description: TODO_DESCRIPTION,
    ...(tag ? { tags: [tag] } : {}),
    externalDocs: {
      description: url === page.source ? "Huawei's API reference page." : "TODO: confirm the page's address.",
      url,
    },
    ...rest,
    ...(parameters ? { parameters } : {}),
  };
}

/** A whole spec for a service that has none yet. */
export function draftSpec(page: DocPage, service = guessService(page)): Schema {
  const draft = draftOperation(page);
  const tag = service.toUpperCase();
  const path = Object.keys(draft.paths)[0]!;
  const method = page.method.toLowerCase();
  return {
    openapi: "3.1.0",
    info: {
      title: `Huawei Cloud ${tag} (drafted from ${basename(page.source)})`,
      version: page.updated ?? "0.0.0",
      description: TODO_DESCRIPTION,
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    servers: [
      {
        url: `https://${service}.{region}.myhuaweicloud.com`,
        description: "TODO: confirm the endpoint and list every region (x-hwcloud-regions).",
        variables: { region: { default: "cn-north-4", enum: ["cn-north-4"] } },
      },
    ],
    "x-hwcloud-regions": { "cn-north-4": `https://${service}.cn-north-4.myhuaweicloud.com` },
    security: [{ akSk: [] }],
    tags: [{ name: tag, description: TODO_DESCRIPTION }],
    paths: { [path]: { [method]: finishOperation(draft, page, service, tag) } },
    components: draft.components,
  };
}

/**
 * Merges the page's operation into an existing spec's text, keeping its comments and layout. Schemas the spec
 * already has with the same structure are reused; a same-named schema with another structure is renamed.
 */
export function mergeDraft(specText: string, page: DocPage, service?: string): string {
  const doc = parseDocument(specText);
  const spec = doc.toJS() as Schema;
  const draft = draftOperation(page);
  const path = Object.keys(draft.paths)[0]!;
  const method = page.method.toLowerCase();
  const paths = (spec.paths ?? {}) as Record<string, Record<string, Schema>>;
  const existing = Object.entries(paths).find(
    ([template, item]) => sameTemplate(template, path) && item[method] !== undefined,
  );
  if (existing) {
    const id = String(existing[1][method]!.operationId ?? "an operation");
    throw new DraftMergeError(
      `the spec already has ${page.method} ${existing[0]} (${id}); compare it with pnpm docs:check instead`,
    );
  }
  const components = (spec.components ?? {}) as Record<string, Record<string, Schema>>;
  const known = components.schemas ?? {};
  const renames = new Map<string, string>();
  const added: Record<string, Schema> = {};
  const operationId = String(Object.values(draft.paths[path]!)[0]!.operationId);
  const errorFields: Record<string, Schema> = {};
  for (const [name, schema] of Object.entries(draft.components.schemas)) {
    const reused = Object.entries(known).find(([, s]) => sameStructure(s, schema));
    if (reused) renames.set(name, reused[0]);
    else if (name === "ErrorResponse" && known.ErrorResponse !== undefined) {
      // The spec's shared error body stays the one error body; fields only this page lists join it, optional.
      const present = (known.ErrorResponse.properties ?? {}) as Record<string, Schema>;
      for (const [field, fieldSchema] of Object.entries((schema.properties ?? {}) as Record<string, Schema>))
        if (present[field] === undefined) errorFields[field] = fieldSchema;
    } else if (known[name] !== undefined) {
      const fresh = name.startsWith(operationId) ? `${name}Drafted` : `${operationId}${name}`;
      renames.set(name, fresh);
      added[fresh] = schema;
    } else added[name] = schema;
  }
  const rewrite = <T>(value: T): T => renameRefs(value, renames);
  // The doc folder the spec's other pages live in names the service best; then the caller's name.
  const linked = /https:\/\/support\.huaweicloud\.com\/api-([a-z0-9-]+)\//.exec(specText)?.[1];
  const operation = finishOperation(draft, page, linked ?? service ?? guessService(page), specTag(spec));
  const sharedScheme = (name: string) => (components.securitySchemes ?? {})[name] !== undefined;

  if (!doc.has("paths")) doc.set("paths", doc.createNode({}));
  if (doc.hasIn(["paths", path])) doc.setIn(["paths", path, method], doc.createNode(rewrite(operation)));
  else doc.setIn(["paths", path], doc.createNode({ [method]: rewrite(operation) }));
  for (const [name, schema] of Object.entries(added)) setComponent(doc, "schemas", name, rewrite(schema));
  for (const [field, schema] of Object.entries(errorFields))
    doc.setIn(["components", "schemas", "ErrorResponse", "properties", field], doc.createNode(schema));
  for (const [name, scheme] of Object.entries(draft.components.securitySchemes))
    if (!sharedScheme(name)) setComponent(doc, "securitySchemes", name, scheme);
  return doc.toString({ lineWidth: 110 });
}

function setComponent(doc: Document, kind: string, name: string, value: unknown): void {
  if (!isMap(doc.getIn(["components", kind]))) doc.setIn(["components", kind], doc.createNode({}));
  doc.setIn(["components", kind, name], doc.createNode(value));
}

function renameRefs<T>(value: T, renames: Map<string, string>): T {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, renames)) as T;
  if (typeof value !== "object" || value === null) return value;
  const out: Schema = {};
  for (const [key, v] of Object.entries(value)) {
    const ref =
      key === "$ref" && typeof v === "string" ? /^#\/components\/schemas\/(.+)$/.exec(v)?.[1] : undefined;
    out[key] =
      ref !== undefined && renames.has(ref)
        ? `#/components/schemas/${renames.get(ref)}`
        : renameRefs(v, renames);
  }
  return out as T;
}

/** Same structure: equal once prose and x- notes are set aside. */
function sameStructure(a: unknown, b: unknown): boolean {
  return JSON.stringify(structure(a)) === JSON.stringify(structure(b));
}

function structure(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structure);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== "description" && k !== "example" && k !== "examples" && !k.startsWith("x-"))
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([k, v]) => [k, k === "type" && Array.isArray(v) ? [...v].sort() : structure(v)]),
  );
}

function sameTemplate(a: string, b: string): boolean {
  const key = (p: string) => p.replace(/\{[^}]+\}/g, "{}").replace(/\/+$/, "");
  return key(a) === key(b);
}

/** The review header every printed draft starts with: where it came from and what was not read. */
export function draftHeader(page: DocPage, problems: ParseProblem[] = []): string {
  return [
    `# Draft from ${page.source}: ${page.method} ${page.path}`,
    "# Review before committing to specs/: descriptions and summary are the page's words (rewrite them in your",
    "# own), and every TODO (descriptions, x-hwcloud-deviation reasons, paging, regions) needs a person.",
    ...problems.map((p) => `# unread: line ${p.line}: ${p.message}`),
  ].join("\n");
}

export function draftYaml(page: DocPage, problems: ParseProblem[] = [], service?: string): string {
  return `${draftHeader(page, problems)}\n${stringify(draftSpec(page, service), { lineWidth: 110 })}`;
}
