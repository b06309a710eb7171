import { isBrowserPage } from "./browser-guard.js";
import { HuaweiCloudConfigError } from "./errors.js";
import type { AkSkCredentials, ClientOptions } from "./types.js";

/** The variables the official SDKs read, and so do the clients when an option is left out. */
export const ENVIRONMENT_VARIABLES = {
  ak: "HUAWEICLOUD_SDK_AK",
  sk: "HUAWEICLOUD_SDK_SK",
  securityToken: "HUAWEICLOUD_SDK_SECURITY_TOKEN",
  projectId: "HUAWEICLOUD_SDK_PROJECT_ID",
  region: "HUAWEICLOUD_SDK_REGION",
  credentialsFile: "HUAWEICLOUD_SDK_CREDENTIALS_FILE",
} as const;

const V = ENVIRONMENT_VARIABLES;
// A credentials file is a few lines; anything much larger is not one, and is not read into memory.
const MAX_FILE_BYTES = 64 * 1024;

type Get = (id: string) => unknown;

function runtime(): { env: Record<string, string | undefined>; get: Get | undefined } {
  const proc = (
    globalThis as { process?: { env?: Record<string, string | undefined>; getBuiltinModule?: Get } }
  ).process;
  const get = typeof proc?.getBuiltinModule === "function" ? proc.getBuiltinModule.bind(proc) : undefined;
  return { env: proc?.env ?? {}, get };
}

/** The `[basic]` section of an INI file, as the official SDKs' credentials file holds it. */
export function parseBasicSection(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  let inBasic = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    const section = /^\[([^\]]+)\]$/.exec(line);
    if (section) {
      inBasic = section[1]!.trim().toLowerCase() === "basic";
      continue;
    }
    const eq = line.indexOf("=");
    if (!inBasic || eq === -1) continue;
    const key = line.slice(0, eq).trim().toLowerCase();
    const value = line.slice(eq + 1).trim();
    if (value !== "" && (key === "ak" || key === "sk" || key === "project_id" || key === "security_token")) {
      found[key] = value;
    }
  }
  return found;
}

interface CredentialsFile {
  path: string;
  values: Record<string, string>;
}

/** The credentials file, or undefined when the default one does not exist. A named one must exist. */
function readCredentialsFile(env: Record<string, string | undefined>, get: Get | undefined) {
  const named = env[V.credentialsFile]?.trim() || undefined;
  const fs = get?.("fs") as
    | { statSync(p: string, o: { throwIfNoEntry: false }): { size: number; isFile(): boolean } | undefined }
    | undefined;
  const os = get?.("os") as { homedir(): string } | undefined;
  const readFile = (get?.("fs") as { readFileSync?: (p: string, e: "utf8") => string } | undefined)
    ?.readFileSync;
  if (fs === undefined || readFile === undefined || os === undefined) return undefined;
  const path = named ?? `${os.homedir()}/.huaweicloud/credentials`;
  const stat = fs.statSync(path, { throwIfNoEntry: false });
  if (stat === undefined || !stat.isFile()) {
    if (named === undefined) return undefined;
    throw new HuaweiCloudConfigError(`${V.credentialsFile} names ${path}, which is not a readable file.`);
  }
  if (stat.size > MAX_FILE_BYTES) {
    throw new HuaweiCloudConfigError(
      `${path} is over ${MAX_FILE_BYTES} bytes; it is not a credentials file.`,
    );
  }
  return { path, values: parseBasicSection(readFile(path, "utf8")) } satisfies CredentialsFile;
}

export interface ResolvedConfig {
  credentials: ClientOptions["credentials"] & {};
  projectId: string | undefined;
  region: string | undefined;
}

/**
 * Fills the options a caller left out, in a server runtime, as the official SDKs do: credentials from
 * HUAWEICLOUD_SDK_AK / _SK / _SECURITY_TOKEN, else from the credentials file (HUAWEICLOUD_SDK_CREDENTIALS_FILE,
 * default ~/.huaweicloud/credentials, `[basic]` ak, sk, project_id, security_token); projectId from
 * HUAWEICLOUD_SDK_PROJECT_ID (else the file); region from HUAWEICLOUD_SDK_REGION. A browser page never reads
 * any of it: there the credentials must be passed. A missing piece is an error naming the variable and the
 * option; no value is ever echoed.
 */
export function configFromEnvironment(service: string, options: ClientOptions): ResolvedConfig {
  const given = { credentials: options.credentials, projectId: options.projectId, region: options.region };
  if (given.credentials !== undefined && given.projectId !== undefined) {
    if (given.region !== undefined || options.endpoint !== undefined) return given as ResolvedConfig;
  }
  if (isBrowserPage()) {
    if (given.credentials === undefined) {
      throw new HuaweiCloudConfigError(
        `${service}: pass \`credentials\` (in a browser page, "none" behind @hwcloud/proxy, or temporary ones); ` +
          "a page never reads credentials from the environment.",
      );
    }
    return given as ResolvedConfig;
  }
  const { env, get } = runtime();
  const value = (name: string) => env[name]?.trim() || undefined;
  let file: CredentialsFile | undefined;
  let credentials = given.credentials;
  if (credentials === undefined) {
    const ak = value(V.ak);
    const sk = value(V.sk);
    if (ak !== undefined && sk !== undefined) {
      const token = value(V.securityToken);
      credentials = token === undefined ? { ak, sk } : { ak, sk, securityToken: token };
    } else if (ak !== undefined || sk !== undefined) {
      const [set, unset] = ak !== undefined ? [V.ak, V.sk] : [V.sk, V.ak];
      throw new HuaweiCloudConfigError(
        `${service}: ${set} is set but ${unset} is not; set both, or pass \`credentials\` in the client options.`,
      );
    } else {
      file = readCredentialsFile(env, get);
      const { ak: fileAk, sk: fileSk, security_token: token } = file?.values ?? {};
      if (fileAk === undefined || fileSk === undefined) {
        throw new HuaweiCloudConfigError(
          `${service}: no credentials. Pass \`credentials\` in the client options, set ${V.ak} and ${V.sk}, ` +
            `or put ak and sk in the [basic] section of ${file?.path ?? "~/.huaweicloud/credentials"} ` +
            `(another file: ${V.credentialsFile}).`,
        );
      }
      credentials = (
        token === undefined ? { ak: fileAk, sk: fileSk } : { ak: fileAk, sk: fileSk, securityToken: token }
      ) satisfies AkSkCredentials;
    }
  }
  const projectId = given.projectId ?? value(V.projectId) ?? file?.values.project_id;
  const region = given.region ?? (options.endpoint === undefined ? value(V.region) : undefined);
  return { credentials, projectId, region };
}
