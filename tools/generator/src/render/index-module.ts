import type { ServiceModel } from "../model-types.js";
import { tsHeader } from "./header.js";

/** src/index.ts of a service package: the generated client and types plus the runtime types users name. */
export function renderIndexModule(model: ServiceModel): string {
  return [
    tsHeader(model.specPath),
    `export * from "./generated/client.js";`,
    `export type { components, operations, paths } from "./generated/schema.js";`,
    `export {`,
    `  HuaweiCloudError,`,
    `  HuaweiCloudApiError,`,
    `  HuaweiCloudNetworkError,`,
    `  HuaweiCloudTimeoutError,`,
    `  HuaweiCloudAbortError,`,
    `  HuaweiCloudConfigError,`,
    `  WaiterError,`,
    `  ecsMetadataCredentials,`,
    `} from "@hwcloud/core";`,
    `export type {`,
    `  ClientOptions,`,
    `  Credentials,`,
    `  RequestOptions,`,
    `  WaitOptions,`,
    `  Paginator,`,
    `  OperationPromise,`,
    `  ResponseMetadata,`,
    `  StatusFamily,`,
    `} from "@hwcloud/core";`,
    ``,
  ].join("\n");
}
