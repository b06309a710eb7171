import { SignerError, signHeaders } from "@hwcloud/signer";
import { DEFAULTS } from "./defaults.js";
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
 * record of every header to send, lower-case names.
 */
export interface Authenticator {
  readonly mode: AuthMode;
  apply(request: OutgoingRequest, date: Date): Promise<Record<string, string>>;
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
  let cached: { value: AkSkCredentials; expiresAt: number } | undefined;
  let last: AkSkCredentials | undefined;
  let inFlight: Promise<AkSkCredentials> | undefined;
  const refresh = async (): Promise<AkSkCredentials> => {
    const provided = await callProvider(provider, "The credentials provider");
    checkAkSk(provided ?? {}, "credentials provider result");
    assertNoPermanentKeysInBrowser(provided, options.dangerouslyAllowBrowser);
    const token = provided.securityToken || undefined;
    // The same pair as last time keeps the same object, so the signer's per-object key cache stays warm.
    let value = last;
    if (
      value === undefined ||
      value.ak !== provided.ak ||
      value.sk !== provided.sk ||
      value.securityToken !== token
    ) {
      value = { ak: provided.ak, sk: provided.sk };
      if (token) value.securityToken = token;
      last = value;
    }
    const expiresAt = expiryOf(provided.expiresAt);
    cached = expiresAt === undefined ? undefined : { value, expiresAt };
    return value;
  };
  return (): Promise<AkSkCredentials> => {
    if (cached && Date.now() < cached.expiresAt - DEFAULTS.refreshBeforeExpiryMs) {
      return Promise.resolve(cached.value);
    }
    inFlight ??= refresh().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}

function akSkAuthenticator(
  getCredentials: () => AkSkCredentials | Promise<AkSkCredentials>,
  options: AuthOptions,
): Authenticator {
  async function sign(request: OutgoingRequest, date: Date, credentials: AkSkCredentials) {
    const headers = { ...request.headers };
    // The official SDK sends the project id as a signed X-Project-Id header alongside the path.
    if (options.projectId && headers["x-project-id"] === undefined)
      headers["x-project-id"] = options.projectId;
    // signHeaders returns only the signing headers (Authorization replacing any the request had). Its
    // SignerError (an AK the signer refuses, say) becomes core's typed error; the signer never puts a
    // secret in its message.
    try {
      const added = await signHeaders(
        { method: request.method, url: request.url, headers, body: request.body },
        credentials,
        { date },
      );
      return Object.assign(headers, added);
    } catch (cause) {
      if (!(cause instanceof SignerError)) throw cause;
      throw new HuaweiCloudConfigError(`The request could not be signed: ${cause.message}.`, { cause });
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
  const fixed: AkSkCredentials = { ak: credentials.ak, sk: credentials.sk };
  if (credentials.securityToken) fixed.securityToken = credentials.securityToken;
  return akSkAuthenticator(() => fixed, options);
}
