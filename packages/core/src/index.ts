export { createServiceClient } from "./service-client.js";
export { createOperationsClient } from "./client.js";
export type {
  CheckedClient,
  CheckedOperations,
  ClientDescriptorMismatch,
  DescribedClient,
  DescribedOperations,
} from "./client-types.js";
export { ecsMetadataCredentials, type EcsMetadataOptions } from "./ecs-metadata.js";
export { DEFAULTS } from "./defaults.js";
export { resolveEndpoint, type EndpointOptions } from "./endpoint.js";
export { regionTable } from "./region-table.js";
export { formatTime } from "./time-format.js";
export { pathTemplateMatcher, type PathTemplateMatcher } from "./path-template.js";
export { parseErrorBody, type ParsedErrorBody } from "./error-body.js";
export { isBrowserPage } from "./browser-guard.js";
export {
  HuaweiCloudError,
  HuaweiCloudApiError,
  statusFamily,
  type StatusFamily,
  HuaweiCloudNetworkError,
  HuaweiCloudTimeoutError,
  HuaweiCloudAbortError,
  HuaweiCloudConfigError,
  HuaweiCloudRedirectError,
  HuaweiCloudResponseTooLargeError,
  HuaweiCloudCredentialsError,
  type HuaweiCloudErrorKind,
  type HuaweiCloudErrorDetails,
} from "./errors.js";
export { HuaweiCloudPaginationError } from "./pagination-error.js";
export { WaiterError, type WaiterErrorDetails } from "./waiter-error.js";
export type {
  ServiceDescriptor,
  OperationDescriptor,
  PaginationDescriptor,
  WaiterDescriptor,
  TimeFormat,
} from "./descriptor.js";
export type {
  ClientOptions,
  RequestOptions,
  WaitOptions,
  Paginator,
  ServiceClient,
  OperationParams,
  OperationPromise,
  OperationResult,
  ResponseMetadata,
  Credentials,
  AkSkCredentials,
  ProvidedCredentials,
  CredentialsProvider,
  IamTokenCredentials,
} from "./types.js";
