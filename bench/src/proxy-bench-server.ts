// One server of the proxy benchmark, in its own process: the signing proxy under toNodeListener, or the floor
// (a bare node:http pass-through that forwards the same call to the same upstream with fixed headers).
import { Agent, createServer, request } from "node:http";
import { createSigningProxy } from "@hwcloud/proxy";
import { toNodeListener } from "@hwcloud/proxy/node";
import { credentials } from "./fixture.js";

interface Start {
  readonly mode: "proxy" | "web" | "floor";
  readonly upstream: string;
}

function floorListener(upstream: URL) {
  const agent = new Agent({ keepAlive: true });
  const headers = { accept: "application/json", "x-project-id": "p", authorization: "fixed" };
  return (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => {
    const out = request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        path: req.url!.slice("/hwcloud/dcs".length),
        headers,
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, {
          "content-type": answer.headers["content-type"] ?? "application/json",
          "content-length": answer.headers["content-length"] ?? "0",
        });
        answer.pipe(res);
      },
    );
    out.once("error", () => res.destroy());
    out.end();
  };
}

process.once("message", (message: Start) => {
  const upstream = new URL(message.upstream);
  // "web": the same proxy with a custom fetch, which makes toNodeListener take the web Request/Response path.
  const viaFetch =
    message.mode === "web"
      ? { fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init) }
      : {};
  const listener =
    message.mode === "floor"
      ? floorListener(upstream)
      : toNodeListener(
          createSigningProxy({ credentials, endpoints: { dcs: message.upstream }, ...viaFetch }),
        );
  const server = createServer(listener);
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no TCP address");
    process.send?.({ port: address.port });
  });
  process.on("message", (ask: { rss?: true; cpu?: true; sample?: true }) => {
    if (ask.cpu) {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpu: user + system });
    }
    if (ask.sample) {
      // Memory as it stands, no collection forced: what the process holds while it serves.
      const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
      process.send?.({ sample: { rss, heapUsed, external, arrayBuffers } });
    }
    if (ask.rss) {
      // RSS as the system sees it, then the heap still live after a full collection (forked with --expose-gc):
      // a leak grows the second, a roomier young generation only the first.
      const rss = process.memoryUsage().rss;
      (globalThis as { gc?: () => void }).gc?.();
      process.send?.({ rss: { rss, heapAfterGc: process.memoryUsage().heapUsed } });
    }
  });
  process.once("disconnect", () => server.close(() => process.exit(0)));
});
