import { isBrowserPage } from "./browser-guard.js";
import { HuaweiCloudConfigError } from "./errors.js";
import { parseRegionsFile } from "./regions-file.js";
import { regionServiceNames, upperSnake } from "./region-names.js";

export { regionServiceNames };

/**
 * What the endpoint errors add in server runtimes, where a region can also come from the environment: the
 * variable for the region, and those (and the file) the override chain below reads.
 */
export function regionSettingHints(service: string): RegionSettingHints {
  return {
    missingRegion: ", or set HUAWEICLOUD_SDK_REGION",
    unknownRegion:
      `, or set HUAWEICLOUD_SDK_REGION_${regionServiceNames(service)[0]}_<REGION> ` +
      "or a regions file (HUAWEICLOUD_SDK_REGIONS_FILE, default ~/.huaweicloud/regions.yaml)",
  };
}

export interface RegionSettingHints {
  /** Appended to "pass `region` (...) or `endpoint`". */
  readonly missingRegion: string;
  /** Appended to "For another region pass `endpoint`". */
  readonly unknownRegion: string;
}

type Env = Readonly<Record<string, string | undefined>>;

export interface RegionEndpointOverride {
  readonly endpoint: string;
  /** The variable or file it came from, for error messages. */
  readonly source: string;
}

const MAX_FILE_BYTES = 1024 * 1024;

/**
 * The endpoint set for this service and region before the built-in table, in the official Go core's order:
 * `HUAWEICLOUD_SDK_REGION_<SERVICE>_<REGION_ID>` (e.g. ..._DCS_CN_NORTH_9), then the regions file
 * (`HUAWEICLOUD_SDK_REGIONS_FILE`, default ~/.huaweicloud/regions.yaml). Server runtimes only: a browser page
 * reads neither, and a runtime without `process` has neither.
 */
export function regionEndpointOverride(
  service: string,
  region: string,
  env: Env | undefined = isBrowserPage() ? undefined : processEnv(),
): RegionEndpointOverride | undefined {
  if (env === undefined) return undefined;
  const names = regionServiceNames(service);
  for (const name of names) {
    const variable = `HUAWEICLOUD_SDK_REGION_${name}_${upperSnake(region)}`;
    const endpoint = env[variable]?.trim();
    if (endpoint) return { endpoint, source: variable };
  }
  const file = env.HUAWEICLOUD_SDK_REGIONS_FILE?.trim() || defaultRegionsFile();
  const text = file === undefined ? undefined : readTextFile(file);
  if (text === undefined) return undefined;
  const table = parseRegionsFile(text, file!);
  for (const name of names) {
    const endpoint = table.get(name)?.get(region)?.[0];
    if (endpoint !== undefined) return { endpoint, source: `regions file ${file} (${name}, ${region})` };
  }
  return undefined;
}

// node:fs and node:os through process.getBuiltinModule (Node 20.16+, Deno, Bun): nothing here imports a Node
// module, so bundles for browsers and edge runtimes stay free of them.
interface NodeFs {
  statSync(path: string, options: { throwIfNoEntry: false }): { size: number } | undefined;
  readFileSync(path: string, encoding: "utf8"): string;
}
interface NodeProcess {
  env?: Env;
  getBuiltinModule?(id: "fs"): NodeFs | undefined;
  getBuiltinModule?(id: "os"): { homedir(): string } | undefined;
}
const nodeProcess = () => (globalThis as { process?: NodeProcess }).process;

function processEnv(): Env | undefined {
  try {
    return nodeProcess()?.env;
  } catch {
    return undefined; // a runtime that guards its environment (Deno without --allow-env) has none for us
  }
}

function defaultRegionsFile(): string | undefined {
  try {
    const home = nodeProcess()?.getBuiltinModule?.("os")?.homedir();
    return home ? `${home.replace(/[\\/]+$/, "")}/.huaweicloud/regions.yaml` : undefined;
  } catch {
    return undefined;
  }
}

/** The file's text; undefined when it does not exist. */
function readTextFile(path: string): string | undefined {
  const fs = nodeProcess()?.getBuiltinModule?.("fs");
  const size = fs?.statSync(path, { throwIfNoEntry: false })?.size;
  if (fs === undefined || size === undefined) return undefined;
  if (size > MAX_FILE_BYTES)
    throw new HuaweiCloudConfigError(`regions file ${path} is over ${MAX_FILE_BYTES} bytes.`);
  try {
    return fs.readFileSync(path, "utf8");
  } catch (error) {
    throw new HuaweiCloudConfigError(`regions file ${path} cannot be read: ${(error as Error).message}`);
  }
}
