import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
};

export interface StaticSite {
  /** The site's root, with a trailing slash. */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the built page from `dir` on 127.0.0.1 (ephemeral port): a different origin from the mock cloud. */
export async function serveDirectory(dir: string): Promise<StaticSite> {
  const server = createServer(async (request, response) => {
    const requested = normalize(new URL(request.url ?? "/", "http://localhost").pathname).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const path = requested.endsWith("/") ? `${requested}index.html` : requested;
    try {
      const body = await readFile(join(dir, path));
      response.writeHead(200, { "Content-Type": contentTypes[extname(path)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
