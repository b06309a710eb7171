/**
 * Fetches one doc page over HTTP(S), bounded in time, size and redirects. Only Huawei's documentation hosts
 * (and the loopback address, where the tests serve saved pages) are fetched, so a spec cannot point the tool
 * at an arbitrary server.
 */

export const FETCH_LIMITS = { timeoutMs: 20_000, maxBytes: 8 * 1024 * 1024, maxRedirects: 5 };

/** The network could not be reached at all (no DNS, no route, refused): nothing can be fetched. */
export class OfflineError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`cannot reach ${new URL(url).host} (${reason})`);
    this.name = "OfflineError";
  }
}

/** The server answered, but not with a page the tool can read, or the URL is not one it fetches. */
export class PageFetchError extends Error {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(`${url}: ${message}`);
    this.name = "PageFetchError";
  }
}

const OFFLINE_CODES = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
]);

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function checkDocUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PageFetchError(raw, "not a URL");
  }
  const loopback = LOOPBACK.has(url.hostname);
  const huawei = url.protocol === "https:" && /(^|\.)huaweicloud\.(com|cn)$/.test(url.hostname);
  if (!huawei && !(loopback && (url.protocol === "http:" || url.protocol === "https:"))) {
    throw new PageFetchError(
      raw,
      "docs:check fetches only https pages on huaweicloud.com / huaweicloud.cn (or 127.0.0.1 in tests)",
    );
  }
  if (url.username || url.password) throw new PageFetchError(raw, "a doc URL must not carry credentials");
  return url;
}

export async function fetchPage(
  rawUrl: string,
  limits: typeof FETCH_LIMITS = FETCH_LIMITS,
): Promise<{ url: string; html: string }> {
  let url = checkDocUrl(rawUrl);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetch(url, { redirect: "manual", signal, headers: { accept: "text/html" } });
    } catch (error) {
      throw networkError(url.href, error, limits.timeoutMs);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
      await response.body?.cancel();
      if (hop >= limits.maxRedirects)
        throw new PageFetchError(rawUrl, `more than ${limits.maxRedirects} redirects`);
      url = checkDocUrl(new URL(response.headers.get("location")!, url).href);
      continue;
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new PageFetchError(url.href, `HTTP ${response.status}`);
    }
    const html = await readCapped(response, limits.maxBytes, url.href);
    return { url: url.href, html };
  }
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new PageFetchError(url, `page is ${declared} bytes, over the ${maxBytes}-byte limit`);
  }
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new PageFetchError(url, `page is over the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function networkError(url: string, error: unknown, timeoutMs: number): Error {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError")
    return new OfflineError(url, `no answer within ${timeoutMs / 1000} s`);
  const code = err.cause?.code;
  if (code && OFFLINE_CODES.has(code))
    return new OfflineError(url, `${code}: ${err.cause?.message ?? ""}`.trim());
  return new PageFetchError(url, err.cause?.message ?? err.message);
}
