import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  /** Absolute URL as sent (for signature checks). */
  url: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
}

/** Answers request number `n` (0-based); may never answer, to simulate a hang. */
export type Script = (request: SeenRequest, response: ServerResponse, n: number) => unknown;

export interface TestServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

function flatten(headers: IncomingMessage["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** A real HTTP server on 127.0.0.1, ephemeral port, recording every request. */
export async function startServer(script: Script): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const seen: SeenRequest = {
      method: req.method ?? "",
      path: url.pathname,
      url: `http://${req.headers.host}${req.url}`,
      query: Object.fromEntries(url.searchParams),
      headers: flatten(req.headers),
      body: Buffer.concat(chunks).toString("utf8"),
    };
    requests.push(seen);
    await script(seen, res, requests.length - 1);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON answer. */
export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
