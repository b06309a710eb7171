// generated from specs/dws.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

export * from "./generated/client.js";
export type { components, operations, paths } from "./generated/schema.js";
export {
  HuaweiCloudError,
  HuaweiCloudNetworkError,
  HuaweiCloudTimeoutError,
  HuaweiCloudAbortError,
  HuaweiCloudConfigError,
  WaiterError,
} from "@hwcloud/core";
export type { ClientOptions, Credentials, RequestOptions, WaitOptions, Paginator } from "@hwcloud/core";
