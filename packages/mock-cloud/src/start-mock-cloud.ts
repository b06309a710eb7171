import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import type { MockOperation } from "./mock-operation.js";
import { createMockCloud, type MockCloudHandler, type MockCloudOptions } from "./create-mock-cloud.js";

export interface StartMockCloudOptions extends MockCloudOptions {
  /** Port on 127.0.0.1 (default 0: an ephemeral port, read it from the result). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
}

/** A running mock cloud. Point clients at `url` (as `endpoint`) with `credentials`; call `close()` when done. */
export interface RunningMockCloud {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly port: number;
  readonly credentials: { ak: string; sk: string };
  /** What it serves, e.g. { service: "dcs", operationId: "ShowJobInfo", method: "GET", pathTemplate: "/v2/{project_id}/jobs/{job_id}" }. */
  readonly operations: readonly Pick<MockOperation, "service" | "operationId" | "method" | "pathTemplate">[];
  /** Answers a fetch Request in-process, without the network (same behaviour as `url`). */
  readonly handle: MockCloudHandler["handle"];
  close(): Promise<void>;
}

/** Starts the mock cloud on 127.0.0.1 and resolves once it is listening. */
export async function startMockCloud(options: StartMockCloudOptions = {}): Promise<RunningMockCloud> {
  const mock = createMockCloud(options);
  const server = createServer((incoming, outgoing) => {
    serve(mock, incoming, outgoing).catch((error: unknown) => {
      outgoing.writeHead(500, {
        "Content-Type": "application/json;charset=UTF-8",
        "X-Request-Id": crypto.randomUUID().replace(/-/g, ""),
      });
      outgoing.end(
        JSON.stringify({ error_code: "MOCK.0500", error_msg: `mock cloud failure: ${String(error)}` }),
      );
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    credentials: mock.credentials,
    operations: mock.operations.map(({ service, operationId, method, pathTemplate }) => ({
      service,
      operationId,
      method,
      pathTemplate,
    })),
    handle: mock.handle,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(
  mock: MockCloudHandler,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const method = incoming.method ?? "GET";
  // Streamed, not buffered: the mock authenticates from the headers first and reads a bounded body after.
  const hasBody =
    method !== "GET" &&
    method !== "HEAD" &&
    (incoming.headers["content-length"] !== undefined || incoming.headers["transfer-encoding"] !== undefined);
  const init: RequestInit & { duplex?: "half" } = { method, headers };
  if (hasBody) {
    init.body = Readable.toWeb(incoming) as unknown as ReadableStream<Uint8Array>;
    init.duplex = "half";
  }
  const request = new Request(`http://${incoming.headers.host ?? "127.0.0.1"}${incoming.url ?? "/"}`, init);
  const response = await mock.handle(request);
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}
