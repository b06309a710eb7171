import { SignerError, checkCredentials, signCheckedRequest, type RedactedCredentials } from "@hwcloud/signer";
import { REFRESH_BEFORE_EXPIRY_MS } from "./defaults.js";
import { assertNoPermanentKeysInBrowser } from "./browser-guard.js";
import { HuaweiCloudConfigError, HuaweiCloudCredentialsError, HuaweiCloudError } from "./errors.js";
import { checkHeaderValue } from "./options.js";
import type { AuthMode } from "./http-error.js";
import type { AkSkCredentials, Credentials, ProvidedCredentials } from "./types.js";

export interface OutgoingRequest {
  method: string;
  url: string;
  /** Lower-case names; left as they are (each attempt gets its own authenticated copy). */
  headers: Readonly<Record<string, string>>;
  body: Uint8Array<ArrayBuffer> | undefined;
}

/**
 * Adds authentication to one attempt of a request; AK/SK signing uses `date` as X-Sdk-Date. Returns a new
 * record of every header to send, lower-case names: directly when nothing had to be waited for (fixed or
 * cached credentials signed with node:crypto), so the request path pays no promise for it.
 */
export interface Authenticator {
  readonly mode: AuthMode;
  apply(request: OutgoingRequest, date: Date): Record<string, string> | Promise<Record<string, string>>;
}

export interface AuthOptions {
  projectId?: string | undefined;
  dangerouslyAllowBrowser?: boolean | undefined;
}

function nonEmpty(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

function checkAkSk(
  credentials: Partial<AkSkCredentials>,
  source: string,
): asserts credentials is AkSkCredentials {
  if (!nonEmpty(credentials.ak))
    throw new HuaweiCloudConfigError(`${source}: ak must be a non-empty string.`);
  if (!nonEmpty(credentials.sk))
    throw new HuaweiCloudConfigError(`${source}: sk must be a non-empty string.`);
  if (credentials.securityToken !== undefined && !nonEmpty(credentials.securityToken)) {
    throw new HuaweiCloudConfigError(`${source}: securityToken, when given, must be a non-empty string.`);
  }
}

/** The pair as the signer takes it, checked by the signer's own rules once (not per request). */
function checked(credentials: AkSkCredentials, source: string): RedactedCredentials {
  try {
    return checkCredentials(credentials);
  } catch (cause) {
    if (!(cause instanceof SignerError)) throw cause;
    throw new HuaweiCloudConfigError(`${source}: ${cause.message}.`, { cause });
  }
}

function expiryOf(value: ProvidedCredentials["expiresAt"]): number | undefined {
  if (value === undefined) return undefined;
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** The provider's own failure, as core's typed error: its error is kept as `cause`, its message not echoed. */
async function callProvider<T>(provider: () => Promise<T>, what: string): Promise<T> {
  try {
    return await provider();
  } catch (cause) {
    if (cause instanceof HuaweiCloudError) throw cause;
    throw new HuaweiCloudCredentialsError(`${what} failed; see \`cause\` for its error.`, { cause });
  }
}

/**
 * Calls the provider when nothing is cached or the cached pair is about to expire. Concurrent calls share
 * one in-flight provider call, so 200 parallel requests make one refresh, not 200.
 */
function cachingProvider(provider: () => Promise<ProvidedCredentials>, options: AuthOptions) {
  let cached: { value: RedactedCredentials; expiresAt: number } | undefined;
  let last: RedactedCredentials | undefined;
  let inFlight: Promise<RedactedCredentials> | undefined;
  const refresh = async (): Promise<RedactedCredentials> => {
    const provided = await callProvider(provider, "The credentials provider");
    checkAkSk(provided ?? {}, "credentials provider result");
    assertNoPermanentKeysInBrowser(provided, options.dangerouslyAllowBrowser);
    const token = provided.securityToken || undefined;
    // The same pair as last time keeps the same object, so it is not checked again and the signer's
    // per-object key cache stays warm.
    let value = last;
    if (
      value === undefined ||
      value.ak !== provided.ak ||
      value.sk !== provided.sk ||
      value.securityToken !== token
    ) {
      value = checked(
        { ak: provided.ak, sk: provided.sk, securityToken: token },
        "credentials provider result",
      );
      last = value;
    }
    const expiresAt = expiryOf(provided.expiresAt);
    cached = expiresAt === undefined ? undefined : { value, expiresAt };
    return value;
  };
  return (): Promise<RedactedCredentials> => {
    if (cached && Date.now() < cached.expiresAt - REFRESH_BEFORE_EXPIRY_MS) {
      return Promise.resolve(cached.value);
    }
    inFlight ??= refresh().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}

function akSkAuthenticator(
  getCredentials: () => RedactedCredentials | Promise<RedactedCredentials>,
  options: AuthOptions,
): Authenticator {
  function sign(request: OutgoingRequest, date: Date, credentials: RedactedCredentials) {
    const headers = { ...request.headers };
    // The official SDK sends the project id as a signed X-Project-Id header alongside the path.
    if (options.projectId && headers["x-project-id"] === undefined)
      headers["x-project-id"] = options.projectId;
    // The signer returns only the signing headers (Authorization replacing any the request had), directly
    // when it hashes synchronously (node:crypto). Its SignerError (a header value with a line break, say)
    // becomes core's typed error; the signer never puts a secret in its message.
    try {
      const added = signCheckedRequest(
        { method: request.method, url: request.url, headers, body: request.body },
        credentials,
        date,
      );
      return added instanceof Promise
        ? added.then((resolved) => Object.assign(headers, resolved), signingFailed)
        : Object.assign(headers, added);
    } catch (cause) {
      return signingFailed(cause);
    }
  }
  return {
    mode: "aksk",
    // Fixed credentials are there already: no promise to wait for before signing.
    apply(request, date) {
      const credentials = getCredentials();
      return credentials instanceof Promise
        ? credentials.then((resolved) => sign(request, date, resolved))
        : sign(request, date, credentials);
    },
  };
}

function signingFailed(cause: unknown): never {
  if (!(cause instanceof SignerError)) throw cause;
  throw new HuaweiCloudConfigError(`The request could not be signed: ${cause.message}.`, { cause });
}

function tokenAuthenticator(token: string | (() => Promise<string>)): Authenticator {
  return {
    mode: "iamToken",
    async apply(request) {
      const value = typeof token === "string" ? token : await callProvider(token, "credentials.iamToken");
      if (!nonEmpty(value)) throw new HuaweiCloudConfigError("credentials.iamToken returned an empty token.");
      return { ...request.headers, "x-auth-token": checkHeaderValue("credentials.iamToken", value) };
    },
  };
}

const unsigned: Authenticator = {
  mode: "none",
  async apply(request) {
    return { ...request.headers };
  },
};

/** Validates `credentials` up front (without echoing them) and returns how each attempt authenticates. */
export function createAuthenticator(credentials: Credentials, options: AuthOptions): Authenticator {
  if (credentials === "none") return unsigned;
  if (typeof credentials === "function")
    return akSkAuthenticator(cachingProvider(credentials, options), options);
  if (typeof credentials !== "object" || credentials === null) {
    throw new HuaweiCloudConfigError(
      'credentials must be { ak, sk, securityToken? }, an async function returning them, { iamToken }, or "none".',
    );
  }
  if ("iamToken" in credentials) {
    const token = credentials.iamToken;
    if (typeof token !== "function" && !nonEmpty(token)) {
      throw new HuaweiCloudConfigError(
        "credentials.iamToken must be a non-empty string or an async function.",
      );
    }
    if (typeof token === "string") checkHeaderValue("credentials.iamToken", token);
    return tokenAuthenticator(token);
  }
  checkAkSk(credentials, "credentials");
  assertNoPermanentKeysInBrowser(credentials, options.dangerouslyAllowBrowser);
  const fixed = checked(
    { ak: credentials.ak, sk: credentials.sk, securityToken: credentials.securityToken || undefined },
    "credentials",
  );
  return akSkAuthenticator(() => fixed, options);
}
