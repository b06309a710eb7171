import { HuaweiCloudConfigError } from "./errors.js";

/** Service name (upper case) -> region id -> endpoints, in the file's order. */
export type RegionsFileTable = Map<string, Map<string, string[]>>;

// "key: value" or "key:", after "- " when it starts an entry; a URL is never a key (its ":" is not followed by a space).
const ENTRY_KEY = /^(- +)?([A-Za-z_]+):(?:\s+(.*))?$/;

/**
 * Reads a regions file in the official SDKs' format: a YAML map from service name to a list of
 * `{ id, endpoint }` or `{ id, endpoints: [...] }`. Only that shape (block or flow lists, plain or quoted
 * scalars, # comments) is understood, so core needs no YAML library; anything else is an error naming the
 * line. Service names match case-insensitively, as in the official Go core; other keys of an entry are ignored,
 * and `endpoint` comes before `endpoints`.
 */
export function parseRegionsFile(text: string, file: string): RegionsFileTable {
  const table: RegionsFileTable = new Map();
  let service: Map<string, string[]> | undefined;
  let entry: { id?: string; first: string[]; rest: string[]; line: number } | undefined;
  const fail = (line: number, why: string): never => {
    throw new HuaweiCloudConfigError(`regions file ${file}, line ${line}: ${why}.`);
  };
  const finish = () => {
    if (entry?.id === undefined && entry !== undefined) fail(entry.line, "a region entry has no id");
    const endpoints = [...(entry?.first ?? []), ...(entry?.rest ?? [])];
    if (entry !== undefined && endpoints.length > 0) service!.set(entry.id!, endpoints);
    entry = undefined;
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/(^|\s)#.*$/, "").trim();
    if (content === "") return;
    if (!/^\s/.test(raw)) {
      finish();
      const name = /^([^:]+):\s*(\[\s*\])?$/.exec(content)?.[1];
      if (name === undefined) fail(line, `expected "<service>:", got "${content}"`);
      table.set(unquote(name!).toUpperCase(), (service = new Map()));
      return;
    }
    const key = ENTRY_KEY.exec(content);
    if (service === undefined || (key === null && entry === undefined)) fail(line, `unexpected "${content}"`);
    if (key === null) {
      entry!.rest.push(unquote(content.replace(/^- */, ""))); // an item of a block list of endpoints
      return;
    }
    const [, dash, name, value] = key as unknown as [string, string | undefined, string, string | undefined];
    if (dash !== undefined) {
      finish();
      entry = { first: [], rest: [], line };
    } else if (entry === undefined) fail(line, `expected "- id: <region id>", got "${content}"`);
    const scalar = unquote(value ?? "");
    if (name === "id") entry!.id = scalar;
    else if (name === "endpoint") entry!.first.push(scalar);
    else if (name === "endpoints" && scalar !== "") {
      const flow = /^\[(.*)\]$/.exec(scalar)?.[1];
      if (flow === undefined) fail(line, "endpoints must be a list");
      entry!.rest.push(
        ...flow!
          .split(",")
          .map(unquote)
          .filter((v) => v !== ""),
      );
    }
  });
  finish();
  return table;
}

const unquote = (text: string) => text.trim().replace(/^'(.*)'$|^"(.*)"$/, "$1$2");
