import { readFile } from "node:fs/promises";
import { fromEnv, signRequest, SignerError } from "@hwcloud/signer";
import { CurlUsageError, endpointParts, parseCurlArgs, USAGE, type CurlRequest } from "./parse-args.js";

export interface CurlIo {
  readonly env: Record<string, string | undefined>;
  readonly stdout: { write(chunk: string | Uint8Array): unknown };
  readonly stderr: { write(chunk: string): unknown };
  /** The fetch to send with (default globalThis.fetch). */
  readonly fetch?: typeof fetch;
}

/** Exit codes, curl's where curl has one. */
export const EXIT = { ok: 0, usage: 2, couldNotConnect: 7, httpError: 22, timedOut: 28 } as const;

/** Headers whose values are secrets: shown redacted in verbose output, never printed. */
const SECRET_HEADERS = new Set(["authorization", "x-security-token", "x-auth-token"]);

/**
 * hwcloud-curl: signs one request with the keys in the environment, sends it, prints the answer. Returns the
 * exit code. Every failure is one line on stderr naming what is wrong; no secret is ever written anywhere.
 */
export async function runCurl(argv: readonly string[], io: CurlIo): Promise<number> {
  let request: CurlRequest;
  try {
    const parsed = parseCurlArgs(argv);
    if (parsed === "help") {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    request = parsed;
  } catch (error) {
    if (!(error instanceof CurlUsageError)) throw error;
    io.stderr.write(`hwcloud-curl: ${error.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  try {
    return await send(request, io);
  } catch (error) {
    if (error instanceof CurlUsageError || error instanceof SignerError) {
      io.stderr.write(`hwcloud-curl: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

async function send(request: CurlRequest, io: CurlIo): Promise<number> {
  const url = withProjectId(request.url, io.env);
  const credentials = fromEnv(io.env);
  const body = request.data === undefined ? undefined : await readData(request.data);
  const headers = new Headers(request.headers.map(([name, value]) => [name, value] as [string, string]));
  if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  const signed = await signRequest({ method: request.method, url, headers, body }, credentials);
  if (request.verbose) {
    const parts = endpointParts(url.hostname);
    if (parts) io.stderr.write(`* service ${parts.service}, region ${parts.region} (from the host)\n`);
    io.stderr.write(`> ${request.method} ${url.pathname}${url.search}\n> host: ${url.host}\n`);
    for (const [name, value] of signed) io.stderr.write(`> ${name}: ${shown(name, value)}\n`);
  }
  let response: Response;
  try {
    response = await (io.fetch ?? globalThis.fetch)(url, {
      method: request.method,
      headers: signed,
      ...(body === undefined ? {} : { body }),
      redirect: "manual",
      signal: AbortSignal.timeout(request.maxTimeMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    io.stderr.write(
      timedOut
        ? `hwcloud-curl: no answer from ${url.origin} within ${request.maxTimeMs / 1000} s\n`
        : `hwcloud-curl: could not reach ${url.origin}: ${describe(error)}\n`,
    );
    return timedOut ? EXIT.timedOut : EXIT.couldNotConnect;
  }
  if (request.include) {
    io.stdout.write(`HTTP ${response.status} ${response.statusText}\n`);
    for (const [name, value] of response.headers) io.stdout.write(`${name}: ${value}\n`);
    io.stdout.write("\n");
  }
  if (response.body) {
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) io.stdout.write(read.value);
  }
  return request.fail && response.status >= 400 ? EXIT.httpError : EXIT.ok;
}

/** `{project_id}` in the path (as the API docs write it) becomes HUAWEICLOUD_SDK_PROJECT_ID. */
function withProjectId(url: URL, env: CurlIo["env"]): URL {
  const placeholder = /%7Bproject_id%7D/gi;
  if (!placeholder.test(url.pathname)) return url;
  const projectId = env.HUAWEICLOUD_SDK_PROJECT_ID;
  if (!projectId)
    throw new CurlUsageError("the URL has {project_id} but HUAWEICLOUD_SDK_PROJECT_ID is not set");
  if (!/^[A-Za-z0-9_-]+$/.test(projectId))
    throw new CurlUsageError("HUAWEICLOUD_SDK_PROJECT_ID must be a project id (letters, digits, - and _)");
  const filled = new URL(url);
  filled.pathname = url.pathname.replace(placeholder, projectId);
  return filled;
}

async function readData(data: string): Promise<string> {
  if (!data.startsWith("@")) return data;
  try {
    return await readFile(data.slice(1), "utf8");
  } catch (error) {
    throw new CurlUsageError(`cannot read ${data.slice(1)}: ${describe(error)}`);
  }
}

function shown(name: string, value: string): string {
  if (!SECRET_HEADERS.has(name)) return value;
  // The AK and signed-header list help debugging; the signature and tokens stay out of the terminal.
  return name === "authorization"
    ? value.replace(/Signature=[0-9a-f]+/i, "Signature=[REDACTED]")
    : "[REDACTED]";
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}
