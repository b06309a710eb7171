import { HuaweiCloudResponseTooLargeError } from "./errors.js";

/**
 * Reads an answer's body (as fetch hands it over: already decompressed) into memory, stopping as soon as it
 * passes `limitBytes`: a small gzip body can inflate to gigabytes, so the check counts decoded bytes as they
 * arrive rather than trusting Content-Length.
 */
export async function readBodyCapped(
  response: Response,
  limitBytes: number,
  where: { method: string; url: string },
): Promise<Uint8Array<ArrayBuffer>> {
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      // Stops the download; the connection is not kept reading a body nobody will use.
      void reader.cancel().catch(() => undefined);
      throw responseTooLarge(where, response.status, response.headers, limitBytes);
    }
    chunks.push(value);
  }
  return concatChunks(chunks, total);
}

/** One buffer from the chunks a body arrived in (the one chunk itself when there is only one), for both senders. */
export function concatChunks(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1) return chunks[0] as Uint8Array<ArrayBuffer>;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The error for an answer past the cap, the same whichever transport read it. */
export function responseTooLarge(
  where: { method: string; url: string },
  status: number,
  headers: Headers,
  limitBytes: number,
): HuaweiCloudResponseTooLargeError {
  return new HuaweiCloudResponseTooLargeError(
    `${where.method} ${where.url.split("?")[0]}: the answer is over maxResponseBytes (${limitBytes}).`,
    { method: where.method, url: where.url, status, headers, limitBytes },
  );
}
