import * as openapiFetch from "openapi-fetch";
import type { OperationDescriptor } from "./descriptor.js";
import { HuaweiCloudError } from "./errors.js";
import { errorFromResponse } from "./http-error.js";
import { answerHeadersOf } from "./fetch-sender.js";
import type { MetadataSource } from "./operation-result.js";
import type { CallParams, PreparedParams } from "./params.js";
import { rawFetch } from "./raw-fetch.js";
import type { Delivered, DeliveryOptions } from "./transport.js";
import type { CallResult, ServiceRuntime } from "./client.js";
import type { ProjectIdFilled, RequestOptions, ServiceClient } from "./types.js";

// In the CommonJS build, Node's interop rules make the default import openapi-fetch's whole CJS exports object
// (whose `default` is the factory); in ESM it is the factory itself. Take it from wherever it landed.
const createClient: typeof openapiFetch.default =
  (openapiFetch.default as unknown as { default?: typeof openapiFetch.default }).default ??
  openapiFetch.default;

/**
 * The raw typed client (client.GET(...)): openapi-fetch, its requests sent through the runtime's transport.
 * Middleware registered with its `use()` must see operation calls too: from then on they go through
 * openapi-fetch as they always did; without middleware they skip it (the fast path).
 */
export function createRawClient<Paths extends {}>(runtime: ServiceRuntime): ServiceClient<Paths> {
  const { options, transport, projectId } = runtime;
  const client = createClient<ProjectIdFilled<Paths>>({
    baseUrl: runtime.baseUrl,
    fetch: rawFetch(transport, projectId),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  const use = client.use.bind(client);
  client.use = (...added) => {
    runtime.throughMiddleware = (op, params, prepared, call, delivery) =>
      sendThroughMiddleware(runtime, client, op, params, prepared, call, delivery);
    return use(...added);
  };
  return client;
}

/** An operation call through openapi-fetch (middleware in use), sent by the same transport beneath it. */
async function sendThroughMiddleware(
  { transport, projectId, baseUrl, auth }: ServiceRuntime,
  client: object,
  op: OperationDescriptor,
  params: CallParams | undefined,
  prepared: PreparedParams,
  call: RequestOptions,
  delivery: DeliveryOptions,
): Promise<CallResult> {
  let delivered: Delivered | undefined;
  const fetchForCall = rawFetch(transport, projectId, {
    ...delivery,
    signal: call.signal,
    onDelivered: (answer) => {
      delivered = answer;
    },
  });
  let result: { data?: unknown; error?: unknown; response: Response };
  const context = { operation: op.operationId, method: op.method, url: `${baseUrl}${op.path}` };
  try {
    // The descriptor's path is one of Paths' keys; openapi-fetch cannot see that through a string.
    result = await (client as unknown as ServiceClient<Record<string, never>>).request(
      op.method as never,
      op.path as never,
      {
        params: prepared,
        fetch: fetchForCall,
        ...(call.headers ? { headers: call.headers } : {}),
        ...(params?.body === undefined ? {} : { body: params.body }),
      } as never,
    );
  } catch (error) {
    // openapi-fetch parses 2xx bodies as JSON; anything else thrown here is already meaningful.
    if (!(error instanceof SyntaxError)) throw error;
    throw new HuaweiCloudError(`${op.operationId}: the success answer could not be parsed as JSON.`, {
      ...context,
      url: delivered?.requestUrl ?? context.url,
      cause: error,
    });
  }
  const url = delivered?.requestUrl ?? context.url;
  if (!result.response.ok) {
    throw errorFromResponse(result.response, result.error, { ...context, url, auth: auth.mode });
  }
  // A middleware may answer by itself (a cache): then nothing was sent.
  const answer: MetadataSource = delivered ?? {
    status: result.response.status,
    headers: answerHeadersOf(result.response.headers),
    attempts: 0,
    retryDelayMs: 0,
  };
  return { data: result.data, answer };
}
