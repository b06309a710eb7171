import { resolveCredentials, type CredentialsSource } from "./credentials.js";
import { checkNumberOption } from "./options.js";
import { signFetchRequest } from "./sign.js";

export interface SigningMiddlewareOptions {
  /** Added to the local clock when dating requests, to correct a skewed machine (ms). */
  readonly clockOffsetMs?: number | undefined;
  /** Clock, for tests (epoch ms). */
  readonly now?: (() => number) | undefined;
}

/**
 * Structurally an openapi-fetch Middleware (`client.use(signingMiddleware(creds))`), without a
 * runtime dependency on openapi-fetch. Register it last so it signs the final request.
 */
export interface SigningMiddleware {
  onRequest(params: { readonly request: Request }): Promise<Request>;
}

export function signingMiddleware(
  credentials: CredentialsSource,
  options: SigningMiddlewareOptions = {},
): SigningMiddleware {
  const now = options.now ?? Date.now;
  const offset = checkNumberOption("clockOffsetMs", options.clockOffsetMs, Number.NEGATIVE_INFINITY) ?? 0;
  return {
    async onRequest({ request }) {
      const resolved = await resolveCredentials(credentials);
      return signFetchRequest(request, resolved, { date: new Date(now() + offset) });
    },
  };
}
