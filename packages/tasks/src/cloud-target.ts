import { RedactedCredentials } from "@hwcloud/signer";
import { TaskOptionsError } from "./errors.js";
import { optionalImport } from "./optional-import.js";

/** The environment variables a cloud target is read from. */
export const CLOUD_ENV = {
  ak: "HUAWEICLOUD_SDK_AK",
  sk: "HUAWEICLOUD_SDK_SK",
  securityToken: "HUAWEICLOUD_SDK_SECURITY_TOKEN",
  region: "HUAWEICLOUD_SDK_REGION",
  projectId: "HUAWEICLOUD_SDK_PROJECT_ID",
  dwsClusterIds: "HUAWEICLOUD_DWS_CLUSTER_ID",
  kafkaInstanceIds: "HUAWEICLOUD_KAFKA_INSTANCE_ID",
} as const;

const REQUIRED = [CLOUD_ENV.ak, CLOUD_ENV.sk, CLOUD_ENV.region, CLOUD_ENV.projectId] as const;

/** What the tasks are listed from: the real cloud, or a local mock cloud started for the purpose. */
export interface CloudTarget {
  /** Options for every service client (`createDcsClient(target.client)`, ...). */
  client: {
    endpoint?: string;
    region?: string;
    projectId: string;
    /** Read by the clients; `console.log`, `util.inspect` and `JSON.stringify` show the AK only. */
    credentials: RedactedCredentials;
  };
  /** DWS clusters and Kafka instances to list (their tasks belong to one); empty when none is known. */
  dwsClusterIds: string[];
  kafkaInstanceIds: string[];
  /** Whether `client` points at the local mock cloud. */
  mock: boolean;
  /** One line saying what it is ("Huawei Cloud, region ..., project ..." or "the local mock cloud at ..."). */
  description: string;
  /** Stops the mock cloud, if one was started. */
  close(): Promise<void>;
}

export interface CloudTargetOptions {
  /** Used instead of the environment's DWS cluster / Kafka instance ids. */
  dwsClusterIds?: readonly string[];
  kafkaInstanceIds?: readonly string[];
  /** For the mock cloud: its seed (default 1) and how long its tasks in progress take (its default). */
  mock?: { seed?: number | string; jobDurationMs?: number };
}

/**
 * The real cloud when AK, SK, region and project id are all set in `env`; when none is, a local mock cloud with
 * its seeded data and demo resources (`@hwcloud/mock-cloud`, an optional peer dependency loaded only then). Some
 * of them but not all is a mistake worth stopping for: a TaskOptionsError naming what is missing.
 */
export async function resolveCloudTarget(
  env: Readonly<Record<string, string | undefined>>,
  options: CloudTargetOptions = {},
): Promise<CloudTarget> {
  const set = REQUIRED.filter((name) => env[name]);
  if (set.length > 0 && set.length < REQUIRED.length)
    throw new TaskOptionsError(
      "environment",
      `has ${set.join(", ")} but not ${REQUIRED.filter((name) => !env[name]).join(", ")}: set all four for the real cloud, or none for the mock cloud.`,
    );
  const ids = (given: readonly string[] | undefined, name: string) =>
    given
      ? [...given]
      : (env[name] ?? "")
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean);
  const dwsClusterIds = ids(options.dwsClusterIds, CLOUD_ENV.dwsClusterIds);
  const kafkaInstanceIds = ids(options.kafkaInstanceIds, CLOUD_ENV.kafkaInstanceIds);

  if (set.length === REQUIRED.length) {
    const [ak, sk, region, projectId] = REQUIRED.map((name) => env[name]!) as [
      string,
      string,
      string,
      string,
    ];
    const securityToken = env[CLOUD_ENV.securityToken];
    return {
      client: {
        region,
        projectId,
        credentials: new RedactedCredentials({ ak, sk, securityToken: securityToken || undefined }),
      },
      dwsClusterIds,
      kafkaInstanceIds,
      mock: false,
      description: `Huawei Cloud, region ${region}, project ${projectId}`,
      close: async () => {},
    };
  }

  const mock = await optionalImport<typeof import("@hwcloud/mock-cloud")>("@hwcloud/mock-cloud");
  if (!mock)
    throw new TaskOptionsError(
      "environment",
      `has no ${REQUIRED.join(", ")}, and @hwcloud/mock-cloud (used when they are unset) is not installed.`,
    );
  const cloud = await mock.startMockCloud({
    dataset: "seeded",
    seed: options.mock?.seed ?? 1,
    jobDurationMs: options.mock?.jobDurationMs,
  });
  return {
    client: {
      endpoint: cloud.url,
      projectId: mock.DEMO_PROJECT_ID,
      credentials: new RedactedCredentials(cloud.credentials),
    },
    dwsClusterIds: dwsClusterIds.length ? dwsClusterIds : [...mock.DEMO_RESOURCES.dwsClusterIds],
    kafkaInstanceIds: kafkaInstanceIds.length ? kafkaInstanceIds : [...mock.DEMO_RESOURCES.kafkaInstanceIds],
    mock: true,
    description: `the local mock cloud at ${cloud.url} (seeded data; set ${REQUIRED.slice(0, -1).join(", ")} and ${REQUIRED.at(-1)} to use the real cloud)`,
    close: () => cloud.close(),
  };
}
