/** The doc pages the specs link: each operation's `externalDocs.url`, which `docs:check` fetches by default. */
import { isObject, type SpecDocument } from "./spec-index.js";

export interface DocLink {
  url: string;
  spec: SpecDocument;
  operationId?: string;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

export function docLinks(specs: SpecDocument[]): DocLink[] {
  const links: DocLink[] = [];
  for (const spec of specs) {
    const paths = isObject(spec.doc.paths) ? spec.doc.paths : {};
    for (const item of Object.values(paths)) {
      if (!isObject(item)) continue;
      for (const method of METHODS) {
        const operation = item[method];
        if (!isObject(operation) || !isObject(operation.externalDocs)) continue;
        const url = operation.externalDocs.url;
        if (typeof url !== "string") continue;
        const operationId = typeof operation.operationId === "string" ? operation.operationId : undefined;
        links.push({ url, spec, operationId });
      }
    }
  }
  return links;
}
