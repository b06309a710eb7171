import { signRequest, type CredentialsProvider } from "@hwcloud/signer";
import { errorResponse } from "./errors.js";
import { upstreamResponseHeaders } from "./headers.js";

export interface Forwarding {
  readonly fetch: typeof fetch;
  readonly credentials: CredentialsProvider;
  /** The service endpoint, named in the 502 when it cannot be reached. */
  readonly endpoint: string;
  /** Full target URL: endpoint, operation path, query. */
  readonly url: string;
  readonly method: string;
  /** Already reduced to what may be forwarded. */
  readonly headers: Headers;
  readonly body: Uint8Array<ArrayBuffer> | undefined;
  readonly signal: AbortSignal;
  readonly cors: Record<string, string>;
}

/** Signs one checked request, sends it to the cloud and streams the answer back with the caller's CORS headers. */
export async function forward(call: Forwarding): Promise<Response> {
  let signed: Headers;
  try {
    signed = await signRequest(
      { method: call.method, url: call.url, headers: call.headers, body: call.body },
      await call.credentials(),
    );
  } catch {
    // Provider and signer errors may describe the credentials; the caller learns only what failed.
    return errorResponse(
      500,
      "PROXY.CREDENTIALS_FAILED",
      "could not load credentials or sign the request",
      call.cors,
    );
  }
  const init: RequestInit = { method: call.method, headers: signed, redirect: "manual", signal: call.signal };
  if (call.body !== undefined) init.body = call.body;

  let upstream: Response;
  try {
    upstream = await call.fetch(call.url, init);
  } catch (error) {
    if (call.signal.aborted) throw error;
    return errorResponse(502, "PROXY.UPSTREAM_FAILED", `could not reach ${call.endpoint}`, call.cors);
  }
  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: upstreamResponseHeaders(upstream.headers, call.cors),
  });
}
