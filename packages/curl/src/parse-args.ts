/** What one hwcloud-curl command line asks for. */
export interface CurlRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: ReadonlyArray<readonly [name: string, value: string]>;
  /** The -d argument as given (`@file` not yet read). */
  readonly data?: string;
  readonly include: boolean;
  readonly verbose: boolean;
  readonly fail: boolean;
  readonly maxTimeMs: number;
}

/** A command line hwcloud-curl cannot run; the message says what is wrong. */
export class CurlUsageError extends Error {
  override readonly name = "CurlUsageError";
}

export const USAGE = `Usage: hwcloud-curl [options] [METHOD] URL

Signs one request with SDK-HMAC-SHA256 using HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (and
HUAWEICLOUD_SDK_SECURITY_TOKEN for temporary keys) from the environment, sends it and prints the answer.
{project_id} in the URL is replaced by HUAWEICLOUD_SDK_PROJECT_ID.

  -X, --request METHOD   HTTP method (default GET, or POST with -d)
  -H, --header "N: V"    add a request header (repeatable; signed like every header)
  -d, --data DATA        request body; @FILE reads it from a file; Content-Type defaults to application/json
  -i, --include          print the status line and response headers before the body
  -v, --verbose          print what is sent (the signature and security token redacted) to stderr
  -f, --fail             exit 22 when the answer is HTTP 400 or above
  -m, --max-time SECONDS give up after this long (default 60)
  -h, --help             show this help`;

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Reads argv (without node and the script) into a request, refusing anything ambiguous before any traffic. */
export function parseCurlArgs(argv: readonly string[]): CurlRequest | "help" {
  let method: string | undefined;
  let data: string | undefined;
  let include = false;
  let verbose = false;
  let fail = false;
  let maxTimeMs = 60_000;
  const headers: Array<readonly [string, string]> = [];
  const positional: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const value = (): string => {
      const next = argv[++index];
      if (next === undefined) throw new CurlUsageError(`${arg} needs a value`);
      return next;
    };
    switch (arg) {
      case "-h":
      case "--help":
        return "help";
      case "-X":
      case "--request":
        method = value().toUpperCase();
        break;
      case "-H":
      case "--header":
        headers.push(parseHeader(value()));
        break;
      case "-d":
      case "--data":
        if (data !== undefined) throw new CurlUsageError("-d may be given once");
        data = value();
        break;
      case "-i":
      case "--include":
        include = true;
        break;
      case "-v":
      case "--verbose":
        verbose = true;
        break;
      case "-f":
      case "--fail":
        fail = true;
        break;
      case "-m":
      case "--max-time": {
        const seconds = Number(value());
        if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600)
          throw new CurlUsageError("--max-time must be a number of seconds between 0 and 3600");
        maxTimeMs = seconds * 1000;
        break;
      }
      default:
        if (arg.startsWith("-") && arg !== "-") throw new CurlUsageError(`unknown option ${arg}`);
        positional.push(arg);
    }
  }
  if (positional.length === 2) method ??= positional.shift()!.toUpperCase();
  if (positional.length !== 1) throw new CurlUsageError("give one URL (optionally preceded by a METHOD)");
  method ??= data === undefined ? "GET" : "POST";
  if (!METHODS.has(method)) throw new CurlUsageError(`unknown method ${method}`);
  let url: URL;
  try {
    url = new URL(positional[0]!);
  } catch {
    throw new CurlUsageError(`not an absolute URL: ${positional[0]}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new CurlUsageError(`only http and https URLs are supported, not ${url.protocol}`);
  if (url.username || url.password)
    throw new CurlUsageError("the URL must not carry a user name or password");
  return { method, url, headers, ...(data === undefined ? {} : { data }), include, verbose, fail, maxTimeMs };
}

function parseHeader(text: string): readonly [string, string] {
  const colon = text.indexOf(":");
  const name = colon > 0 ? text.slice(0, colon).trim() : "";
  if (!HEADER_NAME.test(name))
    throw new CurlUsageError(`-H needs "Name: value", got ${JSON.stringify(text)}`);
  const value = text.slice(colon + 1).trim();
  if (/[\r\n\0]/.test(value)) throw new CurlUsageError(`the value of header ${name} contains a line break`);
  return [name, value];
}

/** Service and region of a Huawei Cloud endpoint host (`dcs.cn-north-4.myhuaweicloud.com`), if it is one. */
export function endpointParts(host: string): { service: string; region: string } | undefined {
  const match = /^([a-z0-9-]+)\.([a-z0-9-]+)\.myhuaweicloud\.(?:com|eu)$/i.exec(host);
  return match ? { service: match[1]!.toLowerCase(), region: match[2]!.toLowerCase() } : undefined;
}
