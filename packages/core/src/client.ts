import * as openapiFetch from "openapi-fetch";
import { createAuthenticator } from "./auth.js";
import { Clock } from "./clock-skew.js";
import type { OperationDescriptor, ServiceDescriptor } from "./descriptor.js";
import { resolveEndpoint } from "./endpoint.js";
import { configFromEnvironment } from "./environment-config.js";
import { HuaweiCloudConfigError, HuaweiCloudError } from "./errors.js";
import { errorFromResponse } from "./http-error.js";
import { createPaginator } from "./paginate.js";
import { prepareParams, type CallParams, type PreparedParams } from "./params.js";
import { DEFAULTS } from "./defaults.js";
import { checkFinite, checkHeaderValue, checkNumber, checkObject, checkSignal } from "./options.js";
import { answerHeadersOf, fetchSender } from "./fetch-sender.js";
import { jsonBody, mergeHeaders, operationUrl } from "./operation-request.js";
import { errorBodyOf, operationPromise, successBody, type MetadataSource } from "./operation-result.js";
import { asOneRequest, chooseSender } from "./senders.js";
import { rawFetch } from "./raw-fetch.js";
import { createTransport, type Delivered, type DeliveryOptions } from "./transport.js";
import type { CheckedClient, DescribedClient } from "./client-types.js";
import type { ClientOptions, ProjectIdFilled, RequestOptions, ServiceClient, WaitOptions } from "./types.js";
import { waitFor } from "./waiter.js";

// In the CommonJS build, Node's interop rules make the default import openapi-fetch's whole CJS exports object
// (whose `default` is the factory); in ESM it is the factory itself. Take it from wherever it landed.
const createClient: typeof openapiFetch.default =
  (openapiFetch.default as unknown as { default?: typeof openapiFetch.default }).default ??
  openapiFetch.default;

// A call without options shares these (nothing reads them to write): no per-call objects for the common case.
const NO_CALL_OPTIONS: RequestOptions = Object.freeze({});
const NO_SIGNALS: readonly AbortSignal[] = Object.freeze([]);

/** A call's own options, checked before its request is built. */
function checkCallOptions(call: RequestOptions | undefined): RequestOptions {
  checkObject("request options", call);
  if (call === undefined) return {};
  checkNumber("maxRetries", call.maxRetries, { integer: true });
  checkNumber("timeout", call.timeout);
  checkNumber("maxResponseBytes", call.maxResponseBytes, { min: 1, integer: true });
  checkSignal("signal", call.signal);
  checkHeaders("headers", call.headers);
  if (call.fetch !== undefined && typeof call.fetch !== "function") {
    throw new HuaweiCloudConfigError("fetch must be a function.");
  }
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
 * `paginate.<operation>` for list operations and the descriptor's waiters. Its type is derived from the
 * descriptor (`as const`) and Paths; given a client interface as `Client`, it is that interface when the two
 * agree member for member, and a type naming the disagreeing members otherwise.
 */
export function createServiceClient<
  Paths extends {},
  const D extends ServiceDescriptor = ServiceDescriptor,
  Client = DescribedClient<Paths, D>,
>(descriptor: D, options: ClientOptions): CheckedClient<Client, Paths, D> {
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
  checkHeaders("headers", options.headers);
  // What the caller left out comes from the environment, as in the official SDKs (never in a browser page).
  const config = configFromEnvironment(descriptor.service, options);
  const projectId = config.projectId;
  checkProjectId(projectId);
  const baseUrl = resolveEndpoint(descriptor, { endpoint: options.endpoint, region: config.region });
  const auth = createAuthenticator(config.credentials, {
    projectId,
    dangerouslyAllowBrowser: options.dangerouslyAllowBrowser,
  });
  const transport = createTransport({
    send: chooseSender(options),
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
  // The raw typed client (client.GET(...)) keeps openapi-fetch; its requests go through the same transport.
  const client = createClient<ProjectIdFilled<Paths>>({
    baseUrl,
    fetch: rawFetch(transport, projectId),
    ...(options.headers ? { headers: options.headers } : {}),
  });

  // Middleware registered with client.use() must see operation calls too: they then go through
  // openapi-fetch as they always did. Without middleware they skip it (the fast path).
  let middleware = false;
  const use = client.use.bind(client);
  client.use = (...added) => {
    middleware = true;
    return use(...added);
  };

  // The client's own headers, lower-cased once (they were checked above); each call starts from a copy.
  const clientHeaders: Record<string, string> = {};
  mergeHeaders(clientHeaders, options.headers);

  /** An operation call, straight to the transport: no Request, no Response, no openapi-fetch. */
  async function send(op: OperationDescriptor, params: CallParams | undefined, given?: RequestOptions) {
    const call = given === undefined ? NO_CALL_OPTIONS : checkCallOptions(given);
    const prepared = prepareParams(op, params, projectId);
    const delivery =
      call === NO_CALL_OPTIONS
        ? NO_CALL_OPTIONS
        : {
            maxRetries: call.maxRetries,
            timeout: call.timeout,
            maxResponseBytes: call.maxResponseBytes,
            send: call.fetch ? fetchSender(asOneRequest(call.fetch)) : undefined,
          };
    if (middleware) return sendThroughMiddleware(op, params, prepared, call, delivery);
    const body = jsonBody(params?.body);
    const headers: Record<string, string> =
      body === undefined ? { ...clientHeaders } : { "content-type": "application/json", ...clientHeaders };
    mergeHeaders(headers, call.headers);
    mergeHeaders(headers, prepared.header);
    const url = operationUrl(baseUrl, op.path, prepared);
    const answer = await transport(
      { method: op.method, url, headers, body, signals: call.signal ? [call.signal] : NO_SIGNALS },
      delivery,
    );
    if (answer.status < 200 || answer.status > 299) {
      const response = {
        status: answer.status,
        statusText: answer.statusText,
        headers: answer.headers.all(),
      };
      throw errorFromResponse(response, errorBodyOf(answer.body), {
        operation: op.operationId,
        method: op.method,
        url: answer.requestUrl,
        auth: auth.mode,
      });
    }
    return { data: successBody(op, answer), answer };
  }

  async function sendThroughMiddleware(
    op: OperationDescriptor,
    params: CallParams | undefined,
    prepared: PreparedParams,
    call: RequestOptions,
    delivery: DeliveryOptions,
  ) {
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

  const invoke = async (op: OperationDescriptor, params: CallParams | undefined, call?: RequestOptions) =>
    (await send(op, params, call)).data;

  const methods: Record<string, unknown> = {};
  const paginate: Record<string, unknown> = {};
  for (const [name, op] of Object.entries(descriptor.operations)) {
    methods[name] = (params?: CallParams, call?: RequestOptions) => operationPromise(send(op, params, call));
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
  // The one place the derived type meets the object built from the descriptor at run time.
  return Object.assign(client, methods, { paginate }) as unknown as CheckedClient<Client, Paths, D>;
}
