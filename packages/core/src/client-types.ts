import type { ServiceDescriptor } from "./descriptor.js";
import type {
  OperationParams,
  OperationPromise,
  OperationResult,
  Paginator,
  RequestOptions,
  ServiceClient,
  WaitOptions,
} from "./types.js";

/** The openapi-typescript operation a descriptor entry names by method and path (never when Paths lacks it). */
type OperationOf<Paths, Op> = Op extends { readonly method: infer M extends string; readonly path: infer P }
  ? P extends keyof Paths
    ? Lowercase<M> extends keyof Paths[P]
      ? NonNullable<Paths[P][Lowercase<M>]>
      : never
    : never
  : never;

type TimeKeysOf<Op> = Op extends { readonly timeFormats: infer T } ? keyof T & string : never;

type ParamsOf<Paths, Op> = OperationParams<OperationOf<Paths, Op>, TimeKeysOf<Op>>;
type ResultOf<Paths, Op> = OperationResult<OperationOf<Paths, Op>>;

/** `params` is optional exactly when every part of it is, as the generator declares it. */
type Call<Params, Result> = {} extends Params
  ? (params?: Params, options?: RequestOptions) => Result
  : (params: Params, options?: RequestOptions) => Result;

type ItemOf<Page, Field> = Field extends keyof Page
  ? NonNullable<Page[Field]>[number & keyof NonNullable<Page[Field]>]
  : never;

type Operations<D extends ServiceDescriptor> = D["operations"];
type Paginated<D extends ServiceDescriptor> = {
  [K in keyof Operations<D>]: Operations<D>[K] extends { readonly pagination: object } ? K : never;
}[keyof Operations<D>];

type Waiters<D extends ServiceDescriptor> = D extends { readonly waiters: infer W } ? W : {};

/** One method per operation, typed from Paths by the descriptor entry's method and path. */
export type DescribedOperations<Paths, D extends ServiceDescriptor> = {
  [K in keyof Operations<D>]: Call<
    ParamsOf<Paths, Operations<D>[K]>,
    OperationPromise<ResultOf<Paths, Operations<D>[K]>>
  >;
};

/** `paginate.<operation>` for every operation whose descriptor entry has `pagination`. */
export type DescribedPaginators<Paths, D extends ServiceDescriptor> = {
  [K in Paginated<D>]: Operations<D>[K] extends { readonly pagination: { readonly items: infer Items } }
    ? Call<
        ParamsOf<Paths, Operations<D>[K]>,
        Paginator<ItemOf<ResultOf<Paths, Operations<D>[K]>, Items>, ResultOf<Paths, Operations<D>[K]>>
      >
    : never;
};

/** One method per waiter, resolving to the polled operation's body. */
export type DescribedWaiters<Paths, D extends ServiceDescriptor> = {
  [K in keyof Waiters<D>]: Waiters<D>[K] extends {
    readonly operation: infer Name extends keyof Operations<D>;
  }
    ? (id: string, options?: WaitOptions) => Promise<ResultOf<Paths, Operations<D>[Name]>>
    : never;
};

/**
 * The client a descriptor describes, derived from it and the openapi-typescript `paths`: the openapi-fetch
 * methods, one method per operation, `paginate` for the paged ones and the waiters.
 */
export type DescribedClient<Paths extends {}, D extends ServiceDescriptor> = ServiceClient<Paths> &
  DescribedOperations<Paths, D> &
  ([Paginated<D>] extends [never] ? {} : { readonly paginate: DescribedPaginators<Paths, D> }) &
  DescribedWaiters<Paths, D>;

/** True when A and B are the same type (not merely assignable either way, which method bivariance loosens). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** The members of Expected that Actual lacks, declares differently, or has beyond it. */
type Disagreeing<Actual, Expected> = {
  [K in keyof Actual | keyof Expected]: K extends keyof Actual
    ? K extends keyof Expected
      ? Same<Actual[K], Expected[K]> extends true
        ? never
        : K
      : K
    : K;
}[keyof Actual | keyof Expected];

type OwnMembers<Client, Paths extends {}> = Omit<Client, keyof ServiceClient<Paths> | "paginate">;
type PaginateOf<Client> = Client extends { readonly paginate: infer P } ? P : {};

/** Every member on which a hand-declared (generated) client interface and its descriptor disagree. */
export type ClientDescriptorMismatch<Client, Paths extends {}, D extends ServiceDescriptor> =
  | Disagreeing<OwnMembers<Client, Paths>, DescribedOperations<Paths, D> & DescribedWaiters<Paths, D>>
  | (Disagreeing<PaginateOf<Client>, DescribedPaginators<Paths, D>> extends infer K extends string
      ? `paginate.${K}`
      : never);

/**
 * Client, when its members are exactly what the descriptor describes; otherwise an object naming the members
 * that disagree, which no client interface accepts (so the generated factory's `return` fails to compile).
 */
export type CheckedClient<Client, Paths extends {}, D extends ServiceDescriptor> = [
  ClientDescriptorMismatch<Client, Paths, D>,
] extends [never]
  ? Client
  : { readonly "descriptor and client interface disagree on": ClientDescriptorMismatch<Client, Paths, D> };

/**
 * Client, when its members are exactly the descriptor's operation methods; otherwise an object naming the
 * members that disagree (the `createOperationsClient` counterpart of CheckedClient).
 */
export type CheckedOperations<Client, Paths extends {}, D extends ServiceDescriptor> = [
  Disagreeing<Client, DescribedOperations<Paths, D>>,
] extends [never]
  ? Client
  : {
      readonly "descriptor and client interface disagree on": Disagreeing<
        Client,
        DescribedOperations<Paths, D>
      >;
    };
