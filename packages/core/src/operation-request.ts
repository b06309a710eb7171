import { HuaweiCloudConfigError } from "./errors.js";
import { HEADER_NAME } from "./options.js";
import type { PreparedParams } from "./params.js";

const PLACEHOLDER = /\{([^{}]+)\}/g;
const utf8 = new TextEncoder();

const encode = (value: unknown) => encodeURIComponent(String(value));

/** A path parameter as openapi-fetch's default (simple style) writes it. */
function pathValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(encode).join(",");
  if (typeof value === "object" && value !== null) {
    return Object.entries(value)
      .flatMap(([key, item]) => [encode(key), encode(item)])
      .join(",");
  }
  return encode(value);
}

/** The query string as openapi-fetch's default serializer writes it: form/explode arrays, deepObject objects. */
export function queryString(query: Record<string, unknown>): string {
  let out = "";
  let separator = "";
  for (const name in query) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) {
        out += `${separator}${name}=${encode(item)}`;
        separator = "&";
      }
    } else if (typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined || item === null) continue;
        out += `${separator}${name}[${key}]=${encode(item)}`;
        separator = "&";
      }
    } else {
      out += `${separator}${name}=${encode(value)}`;
      separator = "&";
    }
  }
  return out;
}

// A path template split once into its literal pieces and placeholder names: [literal, name, literal, ...].
const compiledTemplates = new Map<string, readonly string[]>();

function compiled(template: string): readonly string[] {
  let pieces = compiledTemplates.get(template);
  if (pieces === undefined) {
    pieces = template.split(PLACEHOLDER);
    compiledTemplates.set(template, pieces);
  }
  return pieces;
}

/** The operation's URL: placeholders filled (every one was checked present by prepareParams), query added. */
export function operationUrl(baseUrl: string, template: string, params: PreparedParams): string {
  const pieces = compiled(template);
  let url = baseUrl + pieces[0]!;
  for (let i = 1; i < pieces.length; i += 2) url += pathValue(params.path[pieces[i]!]) + pieces[i + 1]!;
  const search = queryString(params.query);
  return search === "" ? url : `${url}?${search}`;
}

/**
 * Adds `source` to `headers` (lower-case names) the way openapi-fetch merges header sets: later sets win, null
 * removes, undefined is skipped, arrays are combined. A name that is not an HTTP token is named in the error.
 */
export function mergeHeaders(headers: Record<string, string>, source: Record<string, unknown> | undefined) {
  if (source === undefined) return;
  for (const name in source) {
    const value = source[name];
    if (value === undefined) continue;
    if (!HEADER_NAME.test(name))
      throw new HuaweiCloudConfigError(`${JSON.stringify(name)} is not a valid header name.`);
    const lower = name.toLowerCase();
    if (value === null) delete headers[lower];
    else headers[lower] = Array.isArray(value) ? value.map(String).join(", ") : String(value);
  }
}

/** A JSON request body as bytes: signed and sent as the same bytes. */
export function jsonBody(body: unknown): Uint8Array<ArrayBuffer> | undefined {
  return body === undefined ? undefined : utf8.encode(JSON.stringify(body));
}
