import { startMockCloud, DEMO_PROJECT_ID, DEMO_RESOURCES } from "@hwcloud/mock-cloud";

/** Where the report runs: the real cloud (from the environment) or a mock cloud started for it. */
export interface Target {
  /** Shared by the four clients. */
  client: {
    endpoint?: string;
    region?: string;
    projectId: string;
    credentials: { ak: string; sk: string; securityToken?: string };
  };
  /** DWS and Kafka tasks belong to a cluster / instance; without one that service is skipped. */
  dwsClusterId?: string;
  kafkaInstanceId?: string;
  /** One line saying what the report talks to. */
  description: string;
  close(): Promise<void>;
}

export type Env = Record<string, string | undefined>;

export const CLOUD_ENV = {
  ak: "HUAWEICLOUD_SDK_AK",
  sk: "HUAWEICLOUD_SDK_SK",
  securityToken: "HUAWEICLOUD_SDK_SECURITY_TOKEN",
  region: "HUAWEICLOUD_SDK_REGION",
  projectId: "HUAWEICLOUD_SDK_PROJECT_ID",
  dwsClusterId: "HUAWEICLOUD_DWS_CLUSTER_ID",
  kafkaInstanceId: "HUAWEICLOUD_KAFKA_INSTANCE_ID",
} as const;

/**
 * The real cloud when AK, SK, region and project id are all set; otherwise a local mock cloud with the seeded
 * dataset (its DCS jobs settle after `jobDurationMs`).
 */
export async function chooseTarget(
  env: Env,
  mock: { jobDurationMs?: number; seed?: number | string } = {},
): Promise<Target> {
  const ak = env[CLOUD_ENV.ak];
  const sk = env[CLOUD_ENV.sk];
  const region = env[CLOUD_ENV.region];
  const projectId = env[CLOUD_ENV.projectId];
  if (ak && sk && region && projectId) {
    const securityToken = env[CLOUD_ENV.securityToken];
    return {
      client: { region, projectId, credentials: { ak, sk, ...(securityToken ? { securityToken } : {}) } },
      dwsClusterId: env[CLOUD_ENV.dwsClusterId] || undefined,
      kafkaInstanceId: env[CLOUD_ENV.kafkaInstanceId] || undefined,
      description: `Huawei Cloud, region ${region}, project ${projectId}`,
      close: async () => {},
    };
  }
  const cloud = await startMockCloud({
    dataset: "seeded",
    seed: mock.seed ?? 1,
    jobDurationMs: mock.jobDurationMs,
  });
  return {
    client: { endpoint: cloud.url, projectId: DEMO_PROJECT_ID, credentials: cloud.credentials },
    dwsClusterId: DEMO_RESOURCES.dwsClusterIds[0],
    kafkaInstanceId: DEMO_RESOURCES.kafkaInstanceIds[0],
    description: `local mock cloud at ${cloud.url} (seeded data; set ${CLOUD_ENV.ak}, ${CLOUD_ENV.sk}, ${CLOUD_ENV.region} and ${CLOUD_ENV.projectId} to use the real cloud)`,
    close: () => cloud.close(),
  };
}
