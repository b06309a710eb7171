import { deadlineQueue, type Deadline } from "./deadlines.js";
import { requestTargets } from "./node-request-target.js";
import { concatChunks, responseTooLarge } from "./read-body.js";
import { AttemptTimedOut, hasDeadline, type AnswerHeaders, type Sender, type WireRequest } from "./wire.js";

/*
 * The subset of node:http(s) and node:zlib this file uses, typed here so no Node types leak into the build.
 * The modules are reached through `process.getBuiltinModule` (Node 20.16+), never imported, so browser
 * bundles never see a `node:` import and fetch runtimes fall back to the fetch sender.
 */
interface NodeReadable {
  on(event: "data", listener: (chunk: Uint8Array) => void): this;
  on(event: "end" | "close", listener: () => void): this;
  on(event: "error", listener: (error: Error) => void): this;
  pipe<T>(destination: T): T;
  destroy(error?: Error): void;
}

type RawHeaders = Record<string, string | string[] | undefined>;

interface NodeIncomingMessage extends NodeReadable {
  /** True once the whole message arrived. */
  complete: boolean;
  statusCode?: number;
  statusMessage?: string;
  headers: RawHeaders;
}

interface NodeClientRequest {
  on(event: "response", listener: (response: NodeIncomingMessage) => void): this;
  on(event: "error", listener: (error: Error) => void): this;
  end(body?: Uint8Array): void;
  destroy(error?: Error): void;
}

interface NodeHttpModule {
  request(options: {
    hostname: string;
    port: string;
    path: string;
    method: string;
    headers: Record<string, string>;
    agent: unknown;
  }): NodeClientRequest;
  Agent: new (options: { keepAlive: boolean }) => unknown;
}

interface NodeZlib {
  createGunzip(): NodeReadable;
  createInflate(): NodeReadable;
  createBrotliDecompress(): NodeReadable;
}

type GetBuiltinModule = (id: string) => unknown;

function builtin(): GetBuiltinModule | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: GetBuiltinModule } }).process;
  return typeof proc?.getBuiltinModule === "function" ? proc.getBuiltinModule.bind(proc) : undefined;
}

/** Whether this runtime offers node:http (Node; Bun and Deno only partly, so they keep fetch). */
export function nodeHttpAvailable(): boolean {
  const get = builtin();
  const isNode =
    (globalThis as { process?: { release?: { name?: string } } }).process?.release?.name === "node" &&
    !("Bun" in globalThis) &&
    !("Deno" in globalThis);
  return isNode && typeof (get?.("http") as NodeHttpModule | undefined)?.request === "function";
}

function toHeaders(raw: RawHeaders): Headers {
  const headers = new Headers();
  for (const name in raw) {
    const value = raw[name];
    if (value === undefined) continue;
    if (typeof value === "string") headers.append(name, value);
    else for (const item of value) headers.append(name, item);
  }
  return headers;
}

/**
 * Node's header record as AnswerHeaders: lookups read it directly (Node lower-cases names and joins repeated
 * headers with ", ", as Headers.get does; set-cookie stays a list); the Headers object is built only if asked.
 */
class NodeAnswerHeaders implements AnswerHeaders {
  private built: Headers | undefined;
  constructor(private readonly raw: RawHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name];
    if (value === undefined) return null;
    return typeof value === "string" ? value : value.join(", ");
  }

  all(): Headers {
    return (this.built ??= toHeaders(this.raw));
  }
}

/** The decoded body stream: fetch undoes Content-Encoding itself, so this sender does too. */
function decoded(response: NodeIncomingMessage, zlib: () => NodeZlib): NodeReadable {
  const encoding = response.headers["content-encoding"];
  if (typeof encoding !== "string") return response;
  const name = encoding.trim().toLowerCase();
  const decoder =
    name === "gzip" || name === "x-gzip"
      ? zlib().createGunzip()
      : name === "deflate"
        ? zlib().createInflate()
        : name === "br"
          ? zlib().createBrotliDecompress()
          : undefined;
  if (decoder === undefined) return response;
  response.on("error", (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

/**
 * Sends attempts with node:http / node:https over keep-alive agents (one pair per client): the cheapest path
 * Node has, without fetch's Request/Response/stream machinery. The timeout covers the whole body, an abort
 * or a timeout destroys the socket, redirects are not followed (the transport decides each hop), and the
 * body is counted as it is decoded so `maxResponseBytes` holds for compressed answers too. Per attempt it
 * arms a deadline on the client's one timer and listens to the caller's signals only if there are any.
 */
export function nodeHttpSender(): Sender | undefined {
  const get = builtin();
  if (get === undefined || !nodeHttpAvailable()) return undefined;
  const http = get("http") as NodeHttpModule;
  const https = get("https") as NodeHttpModule;
  let zlib: NodeZlib | undefined;
  const loadZlib = () => (zlib ??= get("zlib") as NodeZlib);
  let httpAgent: unknown;
  let httpsAgent: unknown;
  const targetOf = requestTargets();
  const deadlines = deadlineQueue();

  return (request: WireRequest) =>
    new Promise((resolve, reject) => {
      const target = targetOf(request.url);
      const module = target.secure ? https : http;
      const agent = target.secure
        ? (httpsAgent ??= new https.Agent({ keepAlive: true }))
        : (httpAgent ??= new http.Agent({ keepAlive: true }));
      const headers = request.headers;
      if (request.body !== undefined) headers["content-length"] = String(request.body.byteLength);
      const signals = request.signals;
      let settled = false;
      let deadline: Deadline | undefined;
      const cleanup = () => {
        settled = true;
        if (deadline !== undefined) deadlines.clear(deadline);
        for (let i = 0; i < signals.length; i++) signals[i]!.removeEventListener("abort", onAbort);
      };
      const fail = (error: Error) => {
        if (settled) return;
        cleanup();
        outgoing.destroy();
        reject(error);
      };
      const onAbort = () => fail(new Error("aborted by the caller's signal"));

      const outgoing = module.request({
        hostname: target.hostname,
        port: target.port,
        path: target.path,
        method: request.method,
        headers,
        agent,
      });
      outgoing.on("error", fail);
      outgoing.on("response", (response) => {
        const status = response.statusCode ?? 0;
        const chunks: Uint8Array[] = [];
        let total = 0;
        const body = decoded(response, loadZlib);
        body.on("data", (chunk) => {
          if (settled) return;
          total += chunk.byteLength;
          if (total > request.maxResponseBytes) {
            body.destroy();
            fail(responseTooLarge(request, status, toHeaders(response.headers), request.maxResponseBytes));
            return;
          }
          chunks.push(chunk);
        });
        body.on("error", fail);
        body.on("end", () => {
          if (settled) return;
          cleanup();
          resolve({
            status,
            statusText: response.statusMessage ?? "",
            headers: new NodeAnswerHeaders(response.headers),
            url: request.url,
            redirected: false,
            type: "basic",
            body: concatChunks(chunks, total),
          });
        });
        // A connection closed before the end of the body is a network failure, as in fetch.
        response.on("close", () => {
          if (!response.complete) fail(new Error("the connection closed before the answer ended"));
        });
      });

      if (hasDeadline(request.timeout)) {
        deadline = deadlines.add(request.timeout, () => fail(new AttemptTimedOut("timed out")));
      }
      for (let i = 0; i < signals.length; i++) {
        if (signals[i]!.aborted) return fail(new Error("aborted by the caller's signal"));
        signals[i]!.addEventListener("abort", onAbort, { once: true });
      }
      outgoing.end(request.body);
    });
}
