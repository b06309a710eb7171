import { connect } from "node:net";

/** Sends bytes exactly as written (request lines fetch would never produce) and reads the whole answer. */
export function rawRequest(
  port: number,
  text: string,
): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    // Written, not ended: a half-closed socket lets the server drop the connection before answering.
    const socket = connect(port, "127.0.0.1", () => socket.write(text));
    let data = "";
    socket.setEncoding("utf8");
    socket.setTimeout(5000, () => socket.destroy(new Error("no answer within 5 s")));
    socket.on("data", (chunk: string) => (data += chunk));
    socket.once("error", reject);
    socket.once("close", () => {
      const split = data.indexOf("\r\n\r\n");
      const head = data.slice(0, split);
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
        head,
        body: /\r\ntransfer-encoding: chunked/i.test(head)
          ? unchunk(data.slice(split + 4))
          : data.slice(split + 4),
      });
    });
  });
}

function unchunk(raw: string): string {
  let out = "";
  for (let rest = raw; ; ) {
    const lineEnd = rest.indexOf("\r\n");
    const size = Number.parseInt(rest.slice(0, lineEnd), 16);
    if (!(size > 0)) return out;
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}
