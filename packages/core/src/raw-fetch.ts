import type { Deliver, Delivered, DeliveryOptions } from "./transport.js";

/** For an operation call routed through openapi-fetch (middleware in use): its options and its answer. */
export interface RawCall extends DeliveryOptions {
  signal?: AbortSignal | undefined;
  onDelivered?: ((answer: Delivered) => void) | undefined;
}

const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);
// openapi-fetch leaves a placeholder it has no value for in the path; URL parsing then escapes the braces.
const PROJECT_ID_PLACEHOLDER = /%7Bproject_id%7D/gi;

/**
 * The fetch openapi-fetch calls for raw calls (client.GET(...)), beneath its middleware: the Request is taken
 * apart and sent through the same transport as operation methods (authentication, retries, timeouts,
 * redirect rules, size cap), and the answer handed back as a Response. A `{project_id}` the caller left out
 * is filled from the client's projectId, as operation methods do.
 */
export function rawFetch(deliver: Deliver, projectId: string | undefined, call: RawCall = {}): typeof fetch {
  return async (input, init) => {
    const original = input instanceof Request && init === undefined ? input : new Request(input, init);
    const method = original.method.toUpperCase();
    let url = original.url;
    if (projectId && url.includes("%7B")) {
      const at = url.indexOf("?");
      const path = at === -1 ? url : url.slice(0, at);
      url =
        path.replace(PROJECT_ID_PLACEHOLDER, encodeURIComponent(projectId)) +
        (at === -1 ? "" : url.slice(at));
    }
    const raw =
      method === "GET" || method === "HEAD" ? undefined : new Uint8Array(await original.arrayBuffer());
    const headers: Record<string, string> = {};
    original.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const answer = await deliver(
      {
        method,
        url,
        headers,
        body: raw && raw.byteLength > 0 ? raw : undefined,
        signals: call.signal ? [original.signal, call.signal] : [original.signal],
        credentials: original.credentials,
      },
      call,
    );
    call.onDelivered?.(answer);
    return new Response(NULL_BODY_STATUS.has(answer.status) ? null : answer.body, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers.all(),
    });
  };
}
