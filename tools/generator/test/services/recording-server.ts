import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  readonly method: string;
  /** Path and query exactly as sent. */
  readonly target: string;
  readonly headers: IncomingHttpHeaders;
  /** The request body as text ("" when there is none). */
  readonly body: string;
}

export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A fixed reply, or one computed from the request (a page of a list, say). */
export type Responder = Reply | ((request: RecordedRequest) => Reply);

/**
 * A local HTTP server on 127.0.0.1 (ephemeral port) that records every request and answers with the
 * reply set by the test (200 `{}` by default).
 */
export async function startRecordingServer() {
  const requests: RecordedRequest[] = [];
  let responder: Responder = { status: 200, body: {} };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const recorded = {
        method: request.method ?? "",
        target: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const reply = typeof responder === "function" ? responder(recorded) : responder;
      response.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    replyWith(next: Responder) {
      responder = next;
    },
    reset() {
      requests.length = 0;
      responder = { status: 200, body: {} };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
