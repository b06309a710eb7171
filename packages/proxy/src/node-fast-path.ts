import {
  Agent as HttpAgent,
  request as httpRequest,
  type ClientRequest,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { errorAnswer, JSON_HEADERS } from "./errors.js";
import type { NodeListener } from "./node.js";
import { failed, writeAnswer } from "./node.js";
import { readNodeBody } from "./node-body.js";
import {
  FORBIDDEN_METHODS,
  headerOf,
  hostOrigin,
  requestTarget,
  splitOriginForm,
  webHeaders,
} from "./node-request.js";
import { isAnswer, ProxyCore, type IncomingCall, type Routed, type Signed } from "./proxy-core.js";
import { cloudErrorBody, MAX_ERROR_BODY_BYTES, pickResponseHeaders } from "./upstream-answer.js";

interface Upstream {
  readonly send: typeof httpRequest;
  readonly agent: HttpAgent;
  readonly hostname: string;
  readonly port: string;
}

/**
 * The proxy on Node's own HTTP stack: the same ProxyCore decisions as the web handler, in the same order,
 * with node:http(s) and a keep-alive agent to the cloud and no web Request/Response per call. A page that
 * goes away destroys the upstream request at once (a direct listener, nothing weakly held).
 */
export function nodeFastPath(core: ProxyCore): NodeListener {
  const httpAgent = new HttpAgent({ keepAlive: true });
  const httpsAgent = new HttpsAgent({ keepAlive: true });
  const upstreams = new Map<string, Upstream>();
  const upstreamOf = (endpoint: string): Upstream => {
    let upstream = upstreams.get(endpoint);
    if (upstream === undefined) {
      const url = new URL(endpoint);
      const https = url.protocol === "https:";
      upstream = {
        send: https ? httpsRequest : httpRequest,
        agent: https ? httpsAgent : httpAgent,
        hostname: url.hostname.replace(/^\[|\]$/g, ""),
        port: url.port,
      };
      upstreams.set(endpoint, upstream);
    }
    return upstream;
  };
  return (req, res, next) => {
    handle(core, upstreamOf, req, res).catch((error: unknown) => failed(res, error, next));
  };
}

async function handle(
  core: ProxyCore,
  upstreamOf: (endpoint: string) => Upstream,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? "GET";
  if (FORBIDDEN_METHODS.has(method)) {
    return writeAnswer(
      res,
      errorAnswer(501, "PROXY.METHOD_NOT_IMPLEMENTED", `the proxy does not implement ${method}`),
    );
  }
  const target = splitOriginForm(requestTarget(req));
  if (target === undefined) {
    return writeAnswer(
      res,
      ProxyCore.badTarget("only origin-form request targets (/path?query) are accepted"),
    );
  }
  const selfOrigin = core.origin ?? hostOrigin(req);
  if (selfOrigin === undefined)
    return writeAnswer(res, ProxyCore.badTarget("the Host header is missing or malformed"));
  const call: IncomingCall = {
    method,
    pathname: target.pathname,
    search: target.search,
    selfOrigin,
    header: (name) => headerOf(req, name),
  };
  const routed = core.route(call);
  if (isAnswer(routed)) return writeAnswer(res, routed);

  // From here on the page may leave at any moment; whatever is in flight for it stops then.
  let gone = false;
  let authorizeAbort: AbortController | undefined;
  let upstreamRequest: ClientRequest | undefined;
  res.once("close", () => {
    if (res.writableFinished) return;
    gone = true;
    authorizeAbort?.abort();
    upstreamRequest?.destroy();
  });

  // Without an authorize hook there is nothing to wait for: no promise hop, no Request, no AbortController.
  const refused =
    core.authorize === undefined
      ? core.admit(routed, call)
      : ((await core.authorized(routed, () => {
          authorizeAbort = new AbortController();
          return new Request(new URL(`${target.pathname}${target.search}`, selfOrigin), {
            method,
            headers: webHeaders(req),
            signal: authorizeAbort.signal,
          });
        })) ?? core.admit(routed, call));
  if (refused !== undefined) return finishEarly(res, refused);

  const { maxBodyBytes, bodyTimeoutMs, upstreamTimeoutMs } = core.limits;
  const reading = readNodeBody(req, maxBodyBytes, bodyTimeoutMs);
  const body = reading instanceof Promise ? await reading : reading;
  if (gone || body === "gone") return;
  if (body === "too-large") return finishEarly(res, core.tooLarge(routed));
  if (body === "timeout") return finishEarly(res, core.bodyTimedOut(routed));
  const bodyProblem = core.bodyProblem(routed, body, call);
  if (bodyProblem !== undefined) return writeAnswer(res, bodyProblem);

  const sendable = body.byteLength > 0 ? body : undefined;
  const signed = await core.sign(routed, call, sendable);
  if (gone) return;
  if (isAnswer(signed)) return writeAnswer(res, signed);

  upstreamRequest = send(upstreamOf(routed.endpoint), routed, signed, upstreamTimeoutMs, core, res);
  upstreamRequest.end(sendable);
}

/** An answer before the body was read: the connection closes after it, so an unread body cannot linger. */
function finishEarly(res: ServerResponse, answer: Parameters<typeof writeAnswer>[1]): void {
  res.shouldKeepAlive = false;
  writeAnswer(res, answer);
}

function send(
  upstream: Upstream,
  routed: Routed,
  signed: Signed,
  idleMs: number,
  core: ProxyCore,
  res: ServerResponse,
): ClientRequest {
  const request = upstream.send({
    hostname: upstream.hostname,
    port: upstream.port,
    method: routed.operation.method,
    path: routed.upstreamPath,
    headers: signed.headers,
    agent: upstream.agent,
  });
  let timedOut = false;
  request.setTimeout(idleMs, () => {
    timedOut = true;
    request.destroy();
  });
  request.once("error", () => {
    if (res.headersSent) res.destroy();
    else writeAnswer(res, timedOut ? core.upstreamTimedOut(routed) : core.upstreamFailed(routed));
  });
  request.once("response", (answer) => {
    const status = answer.statusCode ?? 502;
    const get = (name: string) => {
      const value = answer.headers[name];
      return Array.isArray(value) ? value.join(", ") : value;
    };
    const headers = pickResponseHeaders(get, routed.responseHeaders, routed.cors);
    if (status >= 400) {
      readErrorText(answer, (text) => {
        const rewritten = cloudErrorBody(status, text, get("x-request-id"), signed.secrets);
        writeAnswer(res, { status, headers: { ...headers, ...JSON_HEADERS }, body: rewritten });
      });
      return;
    }
    // The bytes pass through unchanged, so their length and encoding still describe them.
    const length = answer.headers["content-length"];
    if (length !== undefined) headers["content-length"] = length;
    const encoding = answer.headers["content-encoding"];
    if (encoding !== undefined) headers["content-encoding"] = encoding;
    res.writeHead(status, headers);
    answer.once("aborted", () => res.destroy());
    answer.once("error", () => res.destroy());
    answer.pipe(res);
  });
  return request;
}

/** Up to MAX_ERROR_BODY_BYTES of an error body; the socket's idle limit bounds the wait. */
function readErrorText(answer: IncomingMessage, done: (text: string) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done(Buffer.concat(chunks, Math.min(size, MAX_ERROR_BODY_BYTES)).toString("utf8"));
  };
  answer.on("data", (chunk: Buffer) => {
    if (size >= MAX_ERROR_BODY_BYTES) return;
    chunks.push(chunk);
    size += chunk.length;
  });
  answer.once("end", finish);
  answer.once("error", finish);
  answer.once("aborted", finish);
}
