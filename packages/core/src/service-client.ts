import { checkCallOptions, createServiceRuntime, operationMethods, type ServiceRuntime } from "./client.js";
import type { CheckedClient, DescribedClient } from "./client-types.js";
import type { OperationDescriptor, ServiceDescriptor } from "./descriptor.js";
import { HuaweiCloudConfigError } from "./errors.js";
import { createPaginator } from "./paginate.js";
import type { CallParams } from "./params.js";
import { createRawClient } from "./raw-client.js";
import type { ClientOptions, RequestOptions, WaitOptions } from "./types.js";
import { waitFor } from "./waiter.js";

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
  const runtime = createServiceRuntime(descriptor, options);
  const client = createRawClient<Paths>(runtime);
  const methods = { ...operationMethods(runtime), ...waiterMethods(runtime) };
  // The one place the derived type meets the object built from the descriptor at run time.
  return Object.assign(client, methods, { paginate: paginateMethods(runtime) }) as unknown as CheckedClient<
    Client,
    Paths,
    D
  >;
}

const invoke = async (
  runtime: ServiceRuntime,
  op: OperationDescriptor,
  params: CallParams | undefined,
  call?: RequestOptions,
) => (await runtime.send(op, params, call)).data;

/** `paginate.<operation>` for every operation with `pagination`. */
function paginateMethods(runtime: ServiceRuntime): Record<string, unknown> {
  const paginate: Record<string, unknown> = {};
  for (const [name, op] of Object.entries(runtime.descriptor.operations)) {
    const paging = op.pagination;
    if (!paging) continue;
    paginate[name] = (params?: CallParams, call?: RequestOptions) =>
      createPaginator(
        op.operationId,
        paging,
        (p, o) => invoke(runtime, op, p, o),
        params,
        checkCallOptions(call),
        runtime.options.maxPages,
      );
  }
  return paginate;
}

/** One method per waiter, polling its operation. */
function waiterMethods(runtime: ServiceRuntime): Record<string, unknown> {
  const { descriptor } = runtime;
  const methods: Record<string, unknown> = {};
  for (const [name, waiter] of Object.entries(descriptor.waiters ?? {})) {
    const op = descriptor.operations[waiter.operation];
    if (!op) {
      throw new HuaweiCloudConfigError(
        `${descriptor.service}: waiter ${name} polls unknown operation ${waiter.operation}.`,
      );
    }
    methods[name] = (id: string, wait?: WaitOptions) =>
      waitFor(name, waiter, (p, o) => invoke(runtime, op, p, o), id, wait);
  }
  return methods;
}
