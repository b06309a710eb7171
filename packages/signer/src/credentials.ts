import { SignerError } from "./errors.js";
import { checkNumberOption } from "./options.js";

/** An AK/SK pair, plus the security token that comes with temporary credentials. */
export interface Credentials {
  readonly ak: string;
  readonly sk: string;
  readonly securityToken?: string | undefined;
}

/** What a rotating source returns: credentials and, for temporary ones, when they expire. */
export interface ExpiringCredentials extends Credentials {
  /** A Date, epoch milliseconds, or an ISO 8601 string such as IAM's `expires_at`. */
  readonly expiresAt?: Date | number | string | undefined;
}

export type CredentialsProvider = () => Promise<Credentials>;
export type CredentialsSource = Credentials | CredentialsProvider;

const REDACTED = "[REDACTED]";
const INSPECT = Symbol.for("nodejs.util.inspect.custom");
const AK_PATTERN = /^[\x21-\x2B\x2D-\x7E]+$/;
const HEADER_SAFE = /^[^\r\n\0]*$/;

/**
 * Credentials whose SK and token are readable (`.sk`) but never printed: JSON, toString and
 * util.inspect show only the AK. Copy with the accessors, not with spread (`{...c}` drops them).
 */
export class RedactedCredentials implements Credentials {
  readonly ak: string;
  readonly #sk: string;
  readonly #securityToken: string | undefined;

  constructor(credentials: Credentials) {
    assertValidCredentials(credentials);
    this.ak = credentials.ak;
    this.#sk = credentials.sk;
    this.#securityToken = credentials.securityToken || undefined;
    Object.freeze(this);
  }

  get sk(): string {
    return this.#sk;
  }

  get securityToken(): string | undefined {
    return this.#securityToken;
  }

  toJSON(): Record<string, string> {
    const shown: Record<string, string> = { ak: this.ak, sk: REDACTED };
    if (this.#securityToken !== undefined) shown.securityToken = REDACTED;
    return shown;
  }

  toString(): string {
    return `Credentials { ak: ${this.ak}, sk: ${REDACTED}${this.#securityToken ? `, securityToken: ${REDACTED}` : ""} }`;
  }

  [INSPECT](): string {
    return this.toString();
  }

  /** True only for an object this class made, so checked when it was made: a plain object cannot pass. */
  static isChecked(value: object): value is RedactedCredentials {
    return #sk in value;
  }
}

/**
 * Checks credentials once and returns them as RedactedCredentials, the form signCheckedRequest takes: a
 * caller signing many requests with one pair checks it here, not on every signature. Credentials that are
 * RedactedCredentials already are returned as they are (the same object keeps the HMAC key cache warm).
 * Throws a SignerError naming the bad field, never its value.
 */
export function checkCredentials(credentials: Credentials): RedactedCredentials {
  return typeof credentials === "object" && credentials !== null && RedactedCredentials.isChecked(credentials)
    ? credentials
    : new RedactedCredentials(credentials);
}

// Credentials objects already checked, with the values they held then: signing the same object again
// skips the pattern checks unless a field has changed since.
const validated = new WeakMap<object, { ak: unknown; sk: unknown; securityToken: unknown }>();

/** Throws a SignerError naming the bad field (never echoing its value). */
export function assertValidCredentials(credentials: unknown): asserts credentials is Credentials {
  if (credentials === null || typeof credentials !== "object") {
    throw new SignerError("invalid_credentials", "credentials must be an object with ak and sk");
  }
  const { ak, sk, securityToken } = credentials as Record<string, unknown>;
  const seen = validated.get(credentials);
  if (seen !== undefined && seen.ak === ak && seen.sk === sk && seen.securityToken === securityToken) return;
  checkFields(ak, sk, securityToken);
  validated.set(credentials, { ak, sk, securityToken });
}

function checkFields(ak: unknown, sk: unknown, securityToken: unknown): void {
  if (typeof ak !== "string" || ak === "") {
    throw new SignerError("invalid_credentials", "credentials.ak must be a non-empty string");
  }
  if (!AK_PATTERN.test(ak)) {
    throw new SignerError(
      "invalid_credentials",
      "credentials.ak must not contain spaces, commas or control characters",
    );
  }
  if (typeof sk !== "string" || sk === "") {
    throw new SignerError("invalid_credentials", "credentials.sk must be a non-empty string");
  }
  if (securityToken !== undefined && securityToken !== null && typeof securityToken !== "string") {
    throw new SignerError("invalid_credentials", "credentials.securityToken must be a string when given");
  }
  if (
    typeof securityToken === "string" &&
    (!HEADER_SAFE.test(securityToken) || securityToken.trim() !== securityToken)
  ) {
    throw new SignerError(
      "invalid_credentials",
      "credentials.securityToken must not contain line breaks or surrounding whitespace",
    );
  }
}

/** Fixed credentials, validated once and wrapped so they never print. */
export function staticCredentials(credentials: Credentials): CredentialsProvider {
  const wrapped = new RedactedCredentials(credentials);
  return () => Promise.resolve(wrapped);
}

export interface RefreshingCredentialsOptions {
  /** Refresh this long before `expiresAt` (default 5 minutes). */
  refreshBeforeMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/**
 * Credentials from an async source (STS, metadata service, a vault), cached until `refreshBeforeMs`
 * before they expire. Concurrent callers share one in-flight refresh. If a refresh fails while the
 * cached credentials are still valid, those are used and the next call tries again.
 */
export function refreshingCredentials(
  fetchCredentials: () => Promise<ExpiringCredentials>,
  options: RefreshingCredentialsOptions = {},
): CredentialsProvider {
  const refreshBeforeMs = checkNumberOption("refreshBeforeMs", options.refreshBeforeMs) ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  let current: { credentials: RedactedCredentials; expiresAt: number } | undefined;
  let inFlight: Promise<RedactedCredentials> | undefined;

  const refresh = async (): Promise<RedactedCredentials> => {
    let fetched: ExpiringCredentials;
    try {
      fetched = await fetchCredentials();
    } catch (cause) {
      throw new SignerError("credentials_unavailable", "the credentials provider failed", { cause });
    }
    const credentials = new RedactedCredentials(fetched);
    current = { credentials, expiresAt: toEpochMs(fetched.expiresAt) };
    return credentials;
  };

  return async () => {
    const t = now();
    if (current !== undefined && t < current.expiresAt - refreshBeforeMs) return current.credentials;
    inFlight ??= refresh().finally(() => {
      inFlight = undefined;
    });
    try {
      return await inFlight;
    } catch (error) {
      if (current !== undefined && now() < current.expiresAt) return current.credentials;
      throw error;
    }
  };
}

function toEpochMs(expiresAt: ExpiringCredentials["expiresAt"]): number {
  if (expiresAt === undefined || expiresAt === null) return Number.POSITIVE_INFINITY;
  const ms =
    expiresAt instanceof Date
      ? expiresAt.getTime()
      : typeof expiresAt === "number"
        ? expiresAt
        : Date.parse(expiresAt);
  if (!Number.isFinite(ms)) {
    throw new SignerError(
      "invalid_credentials",
      "expiresAt must be a Date, epoch milliseconds or an ISO 8601 string",
    );
  }
  return ms;
}

/** The environment variables the official Huawei Cloud SDKs read for AK/SK credentials. */
export const CREDENTIAL_ENV_VARS = {
  ak: "HUAWEICLOUD_SDK_AK",
  sk: "HUAWEICLOUD_SDK_SK",
  securityToken: "HUAWEICLOUD_SDK_SECURITY_TOKEN",
} as const;

/**
 * Credentials from HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and (optional) HUAWEICLOUD_SDK_SECURITY_TOKEN.
 * Reads `globalThis.process.env` unless given an env object, so importing this in a browser is harmless.
 */
export function fromEnv(env?: Record<string, string | undefined>): RedactedCredentials {
  const source =
    env ?? (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  if (source === undefined) {
    throw new SignerError("credentials_unavailable", "fromEnv() needs process.env or an env object");
  }
  const ak = source[CREDENTIAL_ENV_VARS.ak];
  const sk = source[CREDENTIAL_ENV_VARS.sk];
  if (!ak) throw new SignerError("credentials_unavailable", `${CREDENTIAL_ENV_VARS.ak} is not set`);
  if (!sk) throw new SignerError("credentials_unavailable", `${CREDENTIAL_ENV_VARS.sk} is not set`);
  return new RedactedCredentials({
    ak,
    sk,
    securityToken: source[CREDENTIAL_ENV_VARS.securityToken] || undefined,
  });
}

/** The credentials to sign one request with: the object itself, or what the provider resolves to. */
export async function resolveCredentials(source: CredentialsSource): Promise<Credentials> {
  if (typeof source !== "function") {
    assertValidCredentials(source);
    return source;
  }
  let credentials: Credentials;
  try {
    credentials = await source();
  } catch (cause) {
    if (cause instanceof SignerError) throw cause;
    throw new SignerError("credentials_unavailable", "the credentials provider failed", { cause });
  }
  assertValidCredentials(credentials);
  return credentials;
}
