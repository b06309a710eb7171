import { HuaweiCloudConfigError } from "./errors.js";

/**
 * True in a browser page (a window with a document and a navigator). Web and service workers, Node, Deno,
 * Bun and edge runtimes (Cloudflare Workers, Vercel Edge) have no `document` and are not treated as
 * browsers: server-side workers are where keys belong, and a browser worker cannot be told apart from them.
 */
export function isBrowserPage(): boolean {
  const g = globalThis as { window?: unknown; document?: unknown; navigator?: unknown };
  return typeof g.window === "object" && typeof g.document === "object" && typeof g.navigator === "object";
}

/** Refuses a permanent AK/SK in a browser page unless the caller opted in. */
export function assertNoPermanentKeysInBrowser(
  credentials: { securityToken?: string | undefined },
  dangerouslyAllowBrowser: boolean | undefined,
): void {
  if (dangerouslyAllowBrowser || credentials.securityToken || !isBrowserPage()) return;
  throw new HuaweiCloudConfigError(
    "A permanent AK/SK (no securityToken) was given in a browser page, where anyone who loads the page can " +
      'read it. Serve the calls through a signing proxy (@hwcloud/proxy) and use credentials: "none", or use ' +
      "temporary credentials (AK/SK with securityToken from IAM's temporary access keys). To accept the risk " +
      "anyway, pass dangerouslyAllowBrowser: true.",
  );
}
