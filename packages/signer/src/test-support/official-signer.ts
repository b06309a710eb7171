// Test-only oracle: the official Huawei Cloud Node SDK signer, driven with the same request.
import { createRequire } from "node:module";

import type { OracleRequest } from "./oracle-request.js";

const require = createRequire(import.meta.url);
const { AKSKSigner } = require("@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js") as {
  AKSKSigner: { sign(request: unknown, credential: unknown): Record<string, string> };
};

/** The Authorization header the official Node SDK computes for the request. */
export function officialAuthorization(
  request: OracleRequest,
  credentials: { ak: string; sk: string; securityToken?: string | undefined },
): string {
  return officialSignedHeaders(request, credentials).Authorization!;
}

/** Every header the official Node SDK would send (Host, X-Security-Token and Authorization included). */
export function officialSignedHeaders(
  request: OracleRequest,
  credentials: { ak: string; sk: string; securityToken?: string | undefined },
): Record<string, string> {
  const queryParams: Record<string, string | string[]> = {};
  for (const [name, value] of request.query) {
    const existing = queryParams[name];
    queryParams[name] = existing === undefined ? value : [...[existing].flat(), value];
  }
  const headers: Record<string, string> = { ...request.headers };
  if (credentials.securityToken) headers["X-Security-Token"] = credentials.securityToken;
  const path = `/${request.segments.join("/")}${request.trailingSlash && request.segments.length > 0 ? "/" : ""}`;
  return AKSKSigner.sign(
    {
      endpoint: `${request.origin}${path}`,
      method: request.method,
      headers,
      queryParams,
      data: request.json,
    },
    { getAk: () => credentials.ak, getSk: () => credentials.sk },
  );
}
