import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { errorAnswer, type Answer } from "./errors.js";
import { nodeFastPath } from "./node-fast-path.js";
import { FORBIDDEN_METHODS, hostOrigin, requestTarget, splitOriginForm, webHeaders } from "./node-request.js";
import { coreOf, ProxyCore } from "./proxy-core.js";

export type WebHandler = (request: Request) => Promise<Response>;

/** A node:http request listener; connect-style servers (Express, Vite's dev server) also pass `next`. */
export type NodeListener = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

/**
 * Runs a web-standard handler (such as createSigningProxy's) under node:http, Express or Vite's dev server.
 * Mounted under a prefix (`app.use("/hwcloud", listener)`) it still sees the full path (`originalUrl`).
 * A createSigningProxy handler without a custom `fetch` takes a faster path with the same checks: Node's own
 * HTTP client to the cloud, no web Request/Response in between.
 */
export function toNodeListener(handler: WebHandler): NodeListener {
  const core = coreOf(handler);
  if (core !== undefined && core.customFetch === undefined) return nodeFastPath(core);
  return (req, res, next) => {
    serve(handler, req, res).catch((error: unknown) => failed(res, error, next));
  };
}

/** After a failure: `next` when there is one, else a real 500 body, or a cut connection once headers went out. */
export function failed(res: ServerResponse, error: unknown, next?: (error?: unknown) => void): void {
  if (next !== undefined) return next(error);
  if (res.headersSent) {
    // A half-sent answer must not look complete to the page.
    res.destroy();
    return;
  }
  writeAnswer(res, errorAnswer(500, "PROXY.INTERNAL", "internal error"));
}

export function writeAnswer(res: ServerResponse, answer: Answer): void {
  if (res.destroyed) return;
  const headers = {
    ...answer.headers,
    "content-length": String(answer.body === null ? 0 : Buffer.byteLength(answer.body)),
  };
  res.writeHead(answer.status, headers);
  res.end(answer.body ?? undefined);
}

/**
 * undici's Request follows the signal it was given through a WeakRef to its own AbortController, which only
 * the Request holds; once the handler lets go of the Request, a GC cuts that link and the page leaving no
 * longer aborts anything. Holding each Request for as long as its response lives keeps cancellation
 * deterministic.
 */
const liveRequests = new WeakMap<ServerResponse, Request>();

async function serve(handler: WebHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const refused = refuseUnreadable(req);
  if (refused !== undefined) return writeAnswer(res, refused);
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
    liveRequests.delete(res);
  });
  const request = toRequest(req, controller.signal);
  liveRequests.set(res, request);
  const response = await handler(request);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, response.statusText, headers);
  if (response.body === null) {
    res.end();
    return;
  }
  await pipeline(Readable.fromWeb(response.body as import("node:stream/web").ReadableStream), res);
}

/** Methods no web Request can carry, and request lines or Host headers that do not name this server. */
function refuseUnreadable(req: IncomingMessage): Answer | undefined {
  const method = req.method ?? "GET";
  if (FORBIDDEN_METHODS.has(method)) {
    return errorAnswer(501, "PROXY.METHOD_NOT_IMPLEMENTED", `the proxy does not implement ${method}`);
  }
  if (splitOriginForm(requestTarget(req)) === undefined) {
    return ProxyCore.badTarget("only origin-form request targets (/path?query) are accepted");
  }
  if (hostOrigin(req) === undefined) return ProxyCore.badTarget("the Host header is missing or malformed");
  return undefined;
}

function toRequest(req: IncomingMessage, signal: AbortSignal): Request {
  const url = new URL(requestTarget(req), hostOrigin(req));
  const method = req.method ?? "GET";
  const init: RequestInit & { duplex?: "half" } = { method, headers: webHeaders(req), signal };
  if (method !== "GET" && method !== "HEAD") {
    init.body = Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>;
    init.duplex = "half";
  }
  return new Request(url, init);
}
