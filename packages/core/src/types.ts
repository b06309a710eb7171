import type { Client } from "openapi-fetch";

/** A permanent or temporary AK/SK pair; a security token makes it temporary. */
export interface AkSkCredentials {
  ak: string;
  sk: string;
  securityToken?: string;
}

/** What an async credentials provider returns; `expiresAt` lets the client cache until shortly before it. */
export interface ProvidedCredentials extends AkSkCredentials {
  expiresAt?: Date | number | string;
}

export type CredentialsProvider = () => Promise<ProvidedCredentials>;

/** IAM token auth: the token goes in X-Auth-Token and nothing is signed. */
export interface IamTokenCredentials {
  iamToken: string | (() => Promise<string>);
}

/**
 * How requests authenticate: a static AK/SK, an async AK/SK provider, an IAM token, or "none" (unsigned,
 * for an endpoint that is a signing proxy such as @hwcloud/proxy).
 */
export type Credentials = AkSkCredentials | CredentialsProvider | IamTokenCredentials | "none";

export interface ClientOptions {
  /** Region id, e.g. "cn-north-4"; picks the endpoint from the service's region list. Default: HUAWEICLOUD_SDK_REGION. */
  region?: string;
  /** Base URL; wins over `region`. May carry a path prefix (a proxy mount point). */
  endpoint?: string;
  /**
   * Fills `{project_id}` in paths and, with AK/SK, is sent as X-Project-Id (as the official SDK does).
   * Default (server runtimes): HUAWEICLOUD_SDK_PROJECT_ID, else `project_id` of the credentials file.
   */
  projectId?: string;
  /**
   * Default (server runtimes, never a browser page): HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and
   * HUAWEICLOUD_SDK_SECURITY_TOKEN, else the `[basic]` section of the credentials file
   * (HUAWEICLOUD_SDK_CREDENTIALS_FILE, default ~/.huaweicloud/credentials).
   */
  credentials?: Credentials;
  /**
   * The fetch to send requests with. Given, every request goes through it (as one `Request`); otherwise the
   * `transport` decides.
   */
  fetch?: typeof fetch;
  /**
   * How requests reach the network: `"auto"` (default) uses node:http(s) with keep-alive agents in Node and
   * the global fetch everywhere else (browsers, Deno, Bun, workers); `"fetch"` forces the global fetch (for
   * fetch interceptors or an undici dispatcher); `"node-http"` requires node:http.
   */
  transport?: "auto" | "fetch" | "node-http";
  /** Retries after the first attempt (default 2; 0 turns retrying off). */
  maxRetries?: number;
  /** Per-attempt timeout in milliseconds (default 60000). */
  timeout?: number;
  /** Added to the local clock when signing; the client also learns it from "expired" rejections. */
  clockOffsetMs?: number;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Allow a permanent AK/SK (no security token) in a browser page. Anyone who loads the page can read it. */
  dangerouslyAllowBrowser?: boolean;
  /**
   * Backoff tuning: first retry delay and cap in milliseconds (defaults 500 and 8000); jitter is applied. A
   * server's Retry-After is honoured instead, up to 60 s; a longer one falls back to this backoff.
   */
  retryDelay?: { baseMs?: number; maxMs?: number };
  /** Largest answer body read, in bytes after decompression (default 64 MiB); larger ones throw. */
  maxResponseBytes?: number;
  /** Pages a paginator fetches before giving up with HuaweiCloudPaginationError (default 1000). */
  maxPages?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Per-attempt timeout in milliseconds; overrides the client's. */
  timeout?: number;
  /** Overrides the client's maxRetries for this call. */
  maxRetries?: number;
  /** Overrides the client's maxResponseBytes for this call. */
  maxResponseBytes?: number;
  /** Extra headers for this call, over the client's `headers` (header parameters still win). */
  headers?: Record<string, string>;
  /** A fetch for this call only (an undici dispatcher, a test double); wins over the client's transport. */
  fetch?: typeof fetch;
}

/** What an answer carried besides its body: `await client.op(params).withResponse()`. */
export interface ResponseMetadata {
  /** HTTP status of the final answer. */
  readonly status: number;
  readonly headers: Headers;
  /** From the X-Request-Id header, for support tickets. */
  readonly requestId: string | undefined;
  /** Attempts sent, the first included. */
  readonly attempts: number;
  /** Milliseconds spent waiting between attempts (backoff and Retry-After). */
  readonly retryDelayMs: number;
}

/** An operation call: awaiting it gives the body; `withResponse()` gives the body and its metadata. */
export interface OperationPromise<T> extends Promise<T> {
  withResponse(): Promise<{ data: T; response: ResponseMetadata }>;
}

export interface WaitOptions {
  /**
   * Total time to wait, in milliseconds, across every poll and the delays between them (default 600000,
   * 10 minutes); then the waiter rejects with a WaiterError whose `timedOut` is true. Each poll keeps the
   * client's per-attempt `timeout`.
   */
  maxWaitTime?: number;
  /**
   * @deprecated Use `maxWaitTime`: `timeout` is the per-attempt timeout everywhere else. Still honoured as the
   * total wait until the next minor release; giving both is a HuaweiCloudConfigError.
   */
  timeout?: number;
  /** First delay between polls in milliseconds (default 2000, at least 100); grows 1.5x per poll up to 30 s. */
  interval?: number;
  signal?: AbortSignal;
}

/** Iterates every item across pages; `pages()` iterates the raw page bodies instead. */
export interface Paginator<Item, Page> extends AsyncIterable<Item> {
  pages(): AsyncIterable<Page>;
}

/**
 * An openapi-fetch client whose requests are signed, retried and timed out by @hwcloud/core. `path.project_id`
 * is optional in its calls: the client fills it from `ClientOptions.projectId`.
 */
export type ServiceClient<Paths extends {}> = Client<ProjectIdFilled<Paths>>;

/** openapi-typescript `paths` with `project_id` optional in every operation's path parameters. */
export type ProjectIdFilled<Paths> = {
  [Path in keyof Paths]: { [Method in keyof Paths[Path]]: ProjectIdOptional<Paths[Path][Method]> };
};
type ProjectIdOptional<Op> = Op extends { parameters: { path: { project_id: unknown } } }
  ? Simplify<
      Omit<Op, "parameters"> & {
        parameters: Simplify<
          Omit<Op["parameters"], "path"> & Slot<"path", WithoutProjectId<Op["parameters"]["path"]>>
        >;
      }
    >
  : Op;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Part<P, K extends string> = K extends keyof P ? NonNullable<P[K]> : never;
type WithDates<T, TimeKeys extends string> = [T] extends [never]
  ? never
  : { [K in keyof T]: K extends TimeKeys ? T[K] | Date : T[K] };
type WithoutProjectId<T> = [T] extends [never]
  ? never
  : Omit<T, "project_id"> & ("project_id" extends keyof T ? { project_id?: string } : {});
/** Adds `Name: T`, optional when every field of T is optional, absent when the operation has none. */
type Slot<Name extends string, T> = [T] extends [never]
  ? {}
  : {} extends T
    ? { [N in Name]?: Simplify<T> }
    : { [N in Name]: Simplify<T> };

/** `body` for operations with a JSON request body: required unless the spec marks the body optional. */
type BodySlot<Op> = Op extends { requestBody?: infer B }
  ? [NonNullable<B>] extends [never]
    ? {}
    : NonNullable<B> extends { content: { "application/json": infer Body } }
      ? {} extends Pick<Op, "requestBody" & keyof Op>
        ? { body?: Body }
        : { body: Body }
      : {}
  : {};

/**
 * The first argument of an operation method, from an openapi-typescript `operations[...]` entry:
 * `{ path?, query?, header?, body? }`, with `project_id` optional (filled from ClientOptions.projectId) and the
 * parameters named in TimeKeys also accepting a Date.
 */
export type OperationParams<Op, TimeKeys extends string = never> = Op extends { parameters: infer P }
  ? Simplify<
      Slot<"path", WithoutProjectId<Part<P, "path">>> &
        Slot<"query", WithDates<Part<P, "query">, TimeKeys>> &
        Slot<"header", WithDates<Part<P, "header">, TimeKeys>> &
        BodySlot<Op>
    >
  : {};

type JsonContent<R> = R extends { content: { "application/json": infer Body } } ? Body : never;

/** The JSON body of an operation's success answer (200, else 201/202). */
export type OperationResult<Op> = Op extends { responses: infer R }
  ? 200 extends keyof R
    ? JsonContent<R[200]>
    : 201 extends keyof R
      ? JsonContent<R[201]>
      : 202 extends keyof R
        ? JsonContent<R[202]>
        : unknown
  : never;
