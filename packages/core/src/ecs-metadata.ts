import { HuaweiCloudCredentialsError } from "./errors.js";
import { setLongTimeout } from "./long-timer.js";
import { checkNumber } from "./options.js";
import type { CredentialsProvider, ProvidedCredentials } from "./types.js";

export interface EcsMetadataOptions {
  /** The metadata service (default http://169.254.169.254, where ECS serves it). */
  endpoint?: string;
  /** Per-request timeout in milliseconds (default 2000): off ECS the address does not answer at all. */
  timeout?: number;
  /** Session token lifetime asked for, in seconds (default 21600). */
  tokenTtlSeconds?: number;
  fetch?: typeof fetch;
}

interface SecurityKeyAnswer {
  credential?: { access?: unknown; secret?: unknown; securitytoken?: unknown; expires_at?: unknown };
}

const DEFAULT_ENDPOINT = "http://169.254.169.254";

/**
 * Temporary credentials of the agency bound to this ECS instance, from its metadata service: a session token
 * from `PUT /meta-data/latest/api/token`, then `GET /openstack/latest/securitykey` with it in
 * X-Metadata-Token. Opt-in only (pass it as `credentials`); the client caches the answer until shortly before
 * its `expires_at` and shares one refresh between concurrent calls. Failures are HuaweiCloudCredentialsError
 * and never carry the secret or the token.
 */
export function ecsMetadataCredentials(options: EcsMetadataOptions = {}): CredentialsProvider {
  const base = (options.endpoint ?? DEFAULT_ENDPOINT).replace(/\/+$/, "");
  const timeout = checkNumber("timeout", options.timeout, { min: 1 }) ?? 2000;
  const ttl = checkNumber("tokenTtlSeconds", options.tokenTtlSeconds, { min: 1, integer: true }) ?? 21600;
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const fail = (what: string, cause?: unknown) =>
    new HuaweiCloudCredentialsError(`ECS metadata credentials (${base}): ${what}.`, { cause });

  /**
   * One request and its whole answer body within `timeout`. A long timer rather than AbortSignal.timeout,
   * which ends a timeout above 24.8 days after 1 ms and throws on one above 49.7 days or with a fraction.
   */
  async function call(path: string, init: RequestInit): Promise<string> {
    const controller = new AbortController();
    const cancelTimer = setLongTimeout(() => controller.abort(), timeout);
    try {
      let response: Response;
      try {
        response = await send(`${base}${path}`, { ...init, redirect: "error", signal: controller.signal });
      } catch (cause) {
        throw fail(
          `${init.method} ${path} got no answer within ${timeout} ms (is this an ECS instance?)`,
          cause,
        );
      }
      if (!response.ok) throw fail(`${init.method} ${path} answered HTTP ${response.status}`);
      return await response.text().catch((cause: unknown) => {
        throw fail(`${init.method} ${path} did not send its whole answer within ${timeout} ms`, cause);
      });
    } finally {
      cancelTimer();
    }
  }

  return async (): Promise<ProvidedCredentials> => {
    const token = (
      await call("/meta-data/latest/api/token", {
        method: "PUT",
        headers: { "X-Metadata-Token-Ttl-Seconds": String(ttl) },
      })
    ).trim();
    if (token === "") throw fail("the session token answer was empty");
    const body = await call("/openstack/latest/securitykey", {
      method: "GET",
      headers: { "X-Metadata-Token": token },
    });
    let answer: SecurityKeyAnswer;
    try {
      answer = JSON.parse(body) as SecurityKeyAnswer;
    } catch {
      // No cause: a JSON.parse error quotes the text around the fault, which may be the secret.
      throw fail("the securitykey answer is not JSON");
    }
    const { access, secret, securitytoken, expires_at } = answer?.credential ?? {};
    if (typeof access !== "string" || typeof secret !== "string" || typeof securitytoken !== "string") {
      throw fail("the securitykey answer lacks credential.access, .secret or .securitytoken");
    }
    return {
      ak: access,
      sk: secret,
      securityToken: securitytoken,
      ...(typeof expires_at === "string" ? { expiresAt: expires_at } : {}),
    };
  };
}
