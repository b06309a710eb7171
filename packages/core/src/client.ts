import * as openapiFetch from "openapi-fetch";
import { createAuthenticator } from "./auth.js";
import { Clock } from "./clock-skew.js";
import type { OperationDescriptor, ServiceDescriptor } from "./descriptor.js";
import { resolveEndpoint } from "./endpoint.js";
import { HuaweiCloudConfigError, HuaweiCloudError } from "./errors.js";
import { errorFromResponse } from "./http-error.js";
import { createPaginator } from "./paginate.js";
import { prepareParams, type CallParams } from "./params.js";
import { DEFAULTS } from "./defaults.js";
import { checkFinite, checkHeaderValue, checkNumber, checkObject, checkSignal } from "./options.js";
import { createTransport } from "./transport.js";
import type { ClientOptions, RequestOptions, ServiceClient, WaitOptions } from "./types.js";
import { waitFor } from "./waiter.js";

// In the CommonJS build, Node's interop rules make the default import openapi-fetch's whole CJS exports object
// (whose `default` is the factory); in ESM it is the factory itself. Take it from wherever it landed.
const createClient: typeof openapiFetch.default =
  (openapiFetch.default as unknown as { default?: typeof openapiFetch.default }).default ??
  openapiFetch.default;

/** A call's own options, checked before its request is built. */
function checkCallOptions(call: RequestOptions | undefined): RequestOptions {
  checkObject("request options", call);
  if (call === undefined) return {};
  checkNumber("maxRetries", call.maxRetries, { integer: true });
  checkNumber("timeout", call.timeout);
  checkNumber("maxResponseBytes", call.maxResponseBytes, { min: 1, integer: true });
  checkSignal("signal", call.signal);
  return call;
}

function checkProjectId(projectId: unknown): void {
  if (projectId === undefined) return;
  if (typeof projectId !== "string") throw new HuaweiCloudConfigError("projectId must be a string.");
  checkHeaderValue("projectId", projectId);
}

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function checkHeaders(name: string, headers: unknown): void {
  const record = checkObject(name, headers);
  for (const [header, value] of Object.entries(record ?? {})) {
    if (!HEADER_NAME.test(header)) {
      throw new HuaweiCloudConfigError(`${name}: ${JSON.stringify(header)} is not a valid header name.`);
    }
    if (typeof value !== "string") throw new HuaweiCloudConfigError(`${name}.${header} must be a string.`);
    checkHeaderValue(`${name}.${header}`, value);
  }
}

/**
 * Builds a service client from its generated descriptor: an openapi-fetch client (GET, use, ...) whose
 * requests are authenticated, retried and timed out by this package, plus one method per operation,
 * `paginate.<operation>` for list operations and the descriptor's waiters.
 */
export function createServiceClient<Paths extends {}>(
  descriptor: ServiceDescriptor,
  options: ClientOptions,
): ServiceClient<Paths> {
  if (typeof options !== "object" || options === null) {
    throw new HuaweiCloudConfigError(`${descriptor.service}: client options are required.`);
  }
  checkNumber("maxRetries", options.maxRetries, { integer: true });
  checkNumber("timeout", options.timeout);
  checkFinite("clockOffsetMs", options.clockOffsetMs);
  checkObject("retryDelay", options.retryDelay);
  checkNumber("retryDelay.baseMs", options.retryDelay?.baseMs);
  checkNumber("retryDelay.maxMs", options.retryDelay?.maxMs);
  checkNumber("maxResponseBytes", options.maxResponseBytes, { min: 1, integer: true });
  checkNumber("maxPages", options.maxPages, { min: 1, integer: true });
  checkProjectId(options.projectId);
  checkHeaders("headers", options.headers);
  const baseUrl = resolveEndpoint(descriptor, options);
  const auth = createAuthenticator(options.credentials, {
    projectId: options.projectId,
    dangerouslyAllowBrowser: options.dangerouslyAllowBrowser,
  });
  const customFetch = options.fetch;
  // A caller's fetch gets one Request, as it always has; the global fetch takes (url, init) directly.
  const baseFetch: typeof fetch = customFetch
    ? (input, init) => customFetch(new Request(input, init))
    : (input, init) => globalThis.fetch(input, init);
  const transport = createTransport({
    fetch: baseFetch,
    auth,
    clock: new Clock(options.clockOffsetMs ?? 0),
    maxRetries: options.maxRetries ?? DEFAULTS.maxRetries,
    timeout: options.timeout ?? DEFAULTS.timeout,
    backoff: {
      baseMs: options.retryDelay?.baseMs ?? DEFAULTS.retryDelay.baseMs,
      maxMs: options.retryDelay?.maxMs ?? DEFAULTS.retryDelay.maxMs,
    },
    maxResponseBytes: options.maxResponseBytes ?? DEFAULTS.maxResponseBytes,
  });
  const client = createClient<Paths>({
    baseUrl,
    fetch: transport(),
    ...(options.headers ? { headers: options.headers } : {}),
  });

  async function invoke(op: OperationDescriptor, params: CallParams | undefined, given?: RequestOptions) {
    const call = checkCallOptions(given);
    const prepared = prepareParams(op, params, options.projectId);
    const send = transport(call);
    let url = `${baseUrl}${op.path}`;
    const recordingFetch: typeof fetch = (input, init) => {
      url = input instanceof Request ? input.url : String(input);
      return send(input, init);
    };
    const context = { operation: op.operationId, method: op.method, url };
    let result: { data?: unknown; error?: unknown; response: Response };
    try {
      // The descriptor's path is one of Paths' keys; openapi-fetch cannot see that through a string.
      result = await (client as unknown as ServiceClient<Record<string, never>>).request(
        op.method as never,
        op.path as never,
        {
          params: prepared,
          fetch: recordingFetch,
          ...(params?.body === undefined ? {} : { body: params.body }),
        } as never,
      );
    } catch (error) {
      // openapi-fetch parses 2xx bodies as JSON; anything else thrown here is already meaningful.
      if (!(error instanceof SyntaxError)) throw error;
      throw new HuaweiCloudError(`${op.operationId}: the success answer could not be parsed as JSON.`, {
        ...context,
        url,
        cause: error,
      });
    }
    if (!result.response.ok) {
      throw errorFromResponse(result.response, result.error, { ...context, url, auth: auth.mode });
    }
    return result.data;
  }

  const methods: Record<string, unknown> = {};
  const paginate: Record<string, unknown> = {};
  for (const [name, op] of Object.entries(descriptor.operations)) {
    methods[name] = (params?: CallParams, call?: RequestOptions) => invoke(op, params, call);
    const paging = op.pagination;
    if (paging) {
      paginate[name] = (params?: CallParams, call?: RequestOptions) =>
        createPaginator(
          op.operationId,
          paging,
          (p, o) => invoke(op, p, o),
          params,
          checkCallOptions(call),
          options.maxPages,
        );
    }
  }
  for (const [name, waiter] of Object.entries(descriptor.waiters ?? {})) {
    const op = descriptor.operations[waiter.operation];
    if (!op) {
      throw new HuaweiCloudConfigError(
        `${descriptor.service}: waiter ${name} polls unknown operation ${waiter.operation}.`,
      );
    }
    methods[name] = (id: string, wait?: WaitOptions) =>
      waitFor(name, waiter, (p, o) => invoke(op, p, o), id, wait);
  }
  return Object.assign(client, methods, { paginate });
}
