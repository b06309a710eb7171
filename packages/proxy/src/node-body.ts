import type { IncomingMessage } from "node:http";

export type NodeBodyOutcome = Uint8Array | "too-large" | "timeout" | "gone";

const EMPTY = new Uint8Array(0);

/**
 * Reads a Node request body up to `limit` bytes and within `timeoutMs`. A request without Content-Length or
 * Transfer-Encoding has no body (RFC 9112 6.3): the empty body comes back at once, not as a promise, so the
 * usual GET waits for nothing. "gone" when the page disconnects.
 */
export function readNodeBody(
  req: IncomingMessage,
  limit: number,
  timeoutMs: number,
): NodeBodyOutcome | Promise<NodeBodyOutcome> {
  if (req.headers["content-length"] === undefined && req.headers["transfer-encoding"] === undefined) {
    return EMPTY;
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: NodeBodyOutcome) => {
      clearTimeout(timer);
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("close", onClose);
      req.off("error", onClose);
      if (outcome !== "gone" && !(outcome instanceof Uint8Array)) req.pause();
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) settle("too-large");
      else chunks.push(chunk);
    };
    const onEnd = () => settle(Buffer.concat(chunks, size));
    const onClose = () => settle("gone");
    const timer = setTimeout(() => settle("timeout"), timeoutMs);
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("close", onClose);
    req.once("error", onClose);
  });
}
