import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { verifySignature, type VerifyResult } from "@hwcloud/signer";

/** What the upstream saw for one request, with the signature check's outcome. */
export interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: string;
  readonly verified: VerifyResult;
}

export type Reply = (received: Received, res: ServerResponse) => unknown;

/** Stand-in for a cloud endpoint on 127.0.0.1: records requests, verifies their signature against `keys`. */
export async function startRecordingUpstream(keys: Record<string, string>, reply: Reply) {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      const url = `http://${req.headers.host}${req.url}`;
      const body = Buffer.concat(chunks);
      const verified = await verifySignature(
        {
          method: req.method ?? "GET",
          url,
          headers,
          body: body.byteLength > 0 ? new Uint8Array(body) : undefined,
        },
        (ak) => keys[ak],
      );
      const entry = { method: req.method ?? "GET", url, headers, body: body.toString("utf8"), verified };
      received.push(entry);
      await reply(entry, res);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function replyJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { "content-type": "application/json;charset=UTF-8", ...headers });
  res.end(JSON.stringify(body));
}
