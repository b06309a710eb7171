import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createSigningProxy, type SigningProxyOptions } from "../src/index.js";
import { toNodeListener } from "../src/node.js";

/** The proxy behind node:http on 127.0.0.1, as a Node deployment runs it. */
export async function startProxyServer(options: SigningProxyOptions) {
  const server = createServer(toNodeListener(createSigningProxy(options)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
