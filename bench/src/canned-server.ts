// A server that answers every request with the same recorded ListCenterTask page, in its own process so
// its work does not share the client's event loop. Nothing is validated or verified: the time measured
// is the client's, not the server's.
import { createServer } from "node:http";

process.once("message", (message: { body: string }) => {
  const body = Buffer.from(message.body);
  const headers = {
    "content-type": "application/json;charset=UTF-8",
    "content-length": String(body.byteLength),
    "x-request-id": "0123456789abcdef0123456789abcdef",
  };
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => response.writeHead(200, headers).end(body));
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no TCP address");
    process.send?.({ port: address.port });
  });
  process.once("disconnect", () => server.close(() => process.exit(0)));
});
