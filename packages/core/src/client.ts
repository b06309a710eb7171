import { createAuthenticator, type Authenticator } from "./auth.js";
import { Clock } from "./clock-skew.js";
import type { OperationDescriptor, ServiceDescriptor } from "./descriptor.js";
import { resolveEndpoint } from "./endpoint.js";
import { configFromEnvironment } from "./environment-config.js";
import { HuaweiCloudConfigError } from "./errors.js";
import { errorFromResponse } from "./http-error.js";
import { prepareParams, type CallParams, type PreparedParams } from "./params.js";
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_RETRY_DELAY,
  DEFAULT_TIMEOUT_MS,
} from "./defaults.js";
import {
  checkFinite,
  checkHeaders,
  checkHeaderValue,
  checkNumbers,
  checkObject,
  checkSignal,
  type NumberRule,
  type NumberRules,
} from "./options.js";
import { fetchSender } from "./fetch-sender.js";
import { jsonBody, mergeHeaders, operationUrl } from "./operation-request.js";
import { errorBodyOf, operationPromise, successBody, type MetadataSource } from "./operation-result.js";
import { asOneRequest, chooseSender } from "./senders.js";
import { createTransport, type Deliver, type DeliveryOptions } from "./transport.js";
import type { CheckedOperations, DescribedOperations } from "./client-types.js";
import type { ClientOptions, RequestOptions } from "./types.js";

// A call without options shares these (nothing reads them to write): no per-call objects for the common case.
const NO_CALL_OPTIONS: RequestOptions = Object.freeze({});
const NO_SIGNALS: readonly AbortSignal[] = Object.freeze([]);

const COUNT: NumberRule = { min: 1, integer: true };

/** The numeric options a client and each call take, by name. */
const CALL_NUMBERS: NumberRules = { maxRetries: { integer: true }, timeout: {}, maxResponseBytes: COUNT };
const CLIENT_NUMBERS: NumberRules = { ...CALL_NUMBERS, maxPages: COUNT };
const RETRY_DELAY_NUMBERS: NumberRules = { baseMs: {}, maxMs: {} };

/** A call's own options, checked before its request is built. */
export function checkCallOptions(call: RequestOptions | undefined): RequestOptions {
  checkObject("request options", call);
  if (call === undefined) return {};
  checkNumbers(call, CALL_NUMBERS);
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

/** An operation call's answer: the parsed body and what `withResponse()` reads its metadata from. */
export interface CallResult {
  data: unknown;
  answer: MetadataSource;
}

/**
 * What every client of a service shares, and what the optional parts (the raw openapi-fetch client, paging,
 * waiters) attach to: the checked options, the endpoint, authentication, the transport and the operation
 * path. Built once per client; nothing here imports openapi-fetch, the paginator or the waiter.
 */
export interface ServiceRuntime {
  readonly descriptor: ServiceDescriptor;
  readonly options: ClientOptions;
  readonly baseUrl: string;
  readonly projectId: string | undefined;
  readonly auth: Authenticator;
  readonly transport: Deliver;
  /** Sends one operation call and reads its answer. */
  send(op: OperationDescriptor, params: CallParams | undefined, call?: RequestOptions): Promise<CallResult>;
  /**
   * Set by the raw client once middleware is registered with `client.use()`: operation calls then go through
   * openapi-fetch, so the middleware sees them.
   */
  throughMiddleware?: MiddlewareSend | undefined;
}

export type MiddlewareSend = (
  op: OperationDescriptor,
  params: CallParams | undefined,
  prepared: PreparedParams,
  call: RequestOptions,
  delivery: DeliveryOptions,
) => Promise<CallResult>;

/**
 * Checks a client's options, fills what they leave out from the environment (server runtimes), and builds
 * the one request path every operation method, raw call, paginator and waiter of the client uses.
 */
export function createServiceRuntime(descriptor: ServiceDescriptor, options: ClientOptions): ServiceRuntime {
  if (typeof options !== "object" || options === null) {
    throw new HuaweiCloudConfigError(`${descriptor.service}: client options are required.`);
  }
  checkNumbers(options, CLIENT_NUMBERS);
  checkFinite("clockOffsetMs", options.clockOffsetMs);
  checkNumbers(checkObject("retryDelay", options.retryDelay), RETRY_DELAY_NUMBERS, "retryDelay.");
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
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    backoff: {
      baseMs: options.retryDelay?.baseMs ?? DEFAULT_RETRY_DELAY.baseMs,
      maxMs: options.retryDelay?.maxMs ?? DEFAULT_RETRY_DELAY.maxMs,
    },
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
  });
  // The client's own headers, lower-cased once (they were checked above); each call starts from a copy.
  const clientHeaders: Record<string, string> = {};
  mergeHeaders(clientHeaders, options.headers);

  /** An operation call, straight to the transport: no Request, no Response, no openapi-fetch. */
  async function send(
    op: OperationDescriptor,
    params: CallParams | undefined,
    given?: RequestOptions,
  ): Promise<CallResult> {
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
    if (runtime.throughMiddleware) return runtime.throughMiddleware(op, params, prepared, call, delivery);
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

  const runtime: ServiceRuntime = { descriptor, options, baseUrl, projectId, auth, transport, send };
  return runtime;
}

/** One method per operation of the descriptor, each resolving to the body (`withResponse()`: with metadata). */
export function operationMethods(runtime: ServiceRuntime): Record<string, unknown> {
  const methods: Record<string, unknown> = {};
  for (const [name, op] of Object.entries(runtime.descriptor.operations)) {
    methods[name] = (params?: CallParams, call?: RequestOptions) =>
      operationPromise(runtime.send(op, params, call));
  }
  return methods;
}

/**
 * A client with the descriptor's operation methods and nothing else: no raw openapi-fetch client, paginators
 * or waiters, so a bundle that uses it carries none of their code. Typed like `createServiceClient`.
 */
export function createOperationsClient<
  Paths extends {},
  const D extends ServiceDescriptor = ServiceDescriptor,
  Client = DescribedOperations<Paths, D>,
>(descriptor: D, options: ClientOptions): CheckedOperations<Client, Paths, D> {
  // The one place the derived type meets the object built from the descriptor at run time.
  return operationMethods(createServiceRuntime(descriptor, options)) as CheckedOperations<Client, Paths, D>;
}
