export { createSigningProxy } from "./proxy.js";
export type { ProxyOperation, SigningProxy, SigningProxyOptions } from "./proxy.js";
export type { AllowedOrigins } from "./cors.js";
export type { ProxyErrorCode } from "./errors.js";
export type { Allowlist, AllowedOperation, AllowedService, ParameterRule, ValueSchema } from "./allowlist.js";
export { allowlist } from "./generated/allowlist.js";
