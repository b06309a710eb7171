// generated from specs/dws.yaml by @hwcloud-tools/generator (pnpm generate), do not edit

export * from "./generated/client.js";
export type { components, operations, paths } from "./generated/schema.js";
export {
  HuaweiCloudError,
  HuaweiCloudApiError,
  HuaweiCloudNetworkError,
  HuaweiCloudTimeoutError,
  HuaweiCloudAbortError,
  HuaweiCloudConfigError,
  WaiterError,
  ecsMetadataCredentials,
} from "@hwcloud/core";
export type {
  ClientOptions,
  Credentials,
  RequestOptions,
  WaitOptions,
  Paginator,
  OperationPromise,
  ResponseMetadata,
  StatusFamily,
} from "@hwcloud/core";
