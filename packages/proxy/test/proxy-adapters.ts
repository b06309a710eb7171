import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { createSigningProxy, type SigningProxyOptions } from "../src/index.js";
import { toNodeListener } from "../src/node.js";

export type Handler = (request: Request) => Promise<Response>;

/** Builds a proxy from options and returns it as a web handler, however it is really run. */
export interface ProxyAdapter {
  readonly name: string;
  start(options: SigningProxyOptions): Handler;
  /** Closes whatever `start` opened. */
  closeAll(): Promise<void>;
}

/** The handler as web runtimes (workers, Deno, Bun) call it. */
export const webAdapter: ProxyAdapter = {
  name: "the web handler",
  start: (options) => createSigningProxy(options),
  closeAll: async () => {},
};

/**
 * The same proxy behind node:http through toNodeListener (the fast path unless `fetch` is given). The test's
 * Request is replayed over a real socket with its Host, headers and (streamed) body; its URL's origin is
 * the proxy's configured `origin`, so same-origin cases mean the same thing as on the web handler.
 */
export function nodeAdapter(): ProxyAdapter {
  const servers: Server[] = [];
  return {
    name: "the Node adapter",
    start(options) {
      let listening: Promise<number> | undefined;
      let configuredFor: string | undefined;
      let server: Server | undefined;
      return async (request) => {
        const url = new URL(request.url);
        if (server === undefined) {
          configuredFor = url.origin;
          server = createServer(toNodeListener(createSigningProxy({ origin: url.origin, ...options })));
          servers.push(server);
          listening = new Promise((resolve) =>
            server!.listen(0, "127.0.0.1", () => resolve((server!.address() as AddressInfo).port)),
          );
        }
        if (url.origin !== configuredFor) throw new Error("one origin per proxy in these tests");
        return replay(request, await listening!);
      };
    },
    async closeAll() {
      for (const server of servers.splice(0)) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    },
  };
}

function replay(request: Request, port: number): Promise<Response> {
  const url = new URL(request.url);
  const headers: Record<string, string> = { host: url.host };
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // Node sends no framing for a DELETE body by default; say it is chunked, as fetch would.
  if (request.body !== null && headers["content-length"] === undefined)
    headers["transfer-encoding"] = "chunked";
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: "127.0.0.1", port, method: request.method, path: `${url.pathname}${url.search}`, headers },
      (incoming) => {
        const answer = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          for (const item of Array.isArray(value) ? value : [value ?? ""]) answer.append(name, item);
        }
        const status = incoming.statusCode ?? 0;
        const empty = status === 204 || status === 304 || request.method === "HEAD";
        resolve(
          new Response(empty ? null : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>), {
            status,
            headers: answer,
          }),
        );
      },
    );
    outgoing.once("error", reject);
    request.signal.addEventListener("abort", () => outgoing.destroy(), { once: true });
    if (request.body === null) return outgoing.end();
    // The proxy may answer (413, 408) and close before the whole body is sent: the answer is what counts.
    Readable.fromWeb(request.body as import("node:stream/web").ReadableStream).pipe(outgoing);
  });
}
