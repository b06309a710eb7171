export { startMockCloud, type RunningMockCloud, type StartMockCloudOptions } from "./start-mock-cloud.js";
export {
  createMockCloud,
  DEMO_CREDENTIALS,
  DEMO_IAM_TOKEN,
  DEMO_PROJECT_ID,
  type MockCloudHandler,
  type MockCloudOptions,
} from "./create-mock-cloud.js";
export type {
  JsonSchema,
  MockOperation,
  MockPagination,
  MockParameter,
  MockResponse,
  MockWaiter,
} from "./mock-operation.js";
export { DEMO_RESOURCES } from "./demo-resources.js";
export { MAX_JOB_DURATION_MS } from "./job-duration.js";
