import { TaskOptionsError } from "../errors.js";
import type { TaskFeedOptions } from "../feed-options.js";
import type { TaskService } from "../task.js";

export type Env = Record<string, string | undefined>;

export const ENV = {
  ak: "HUAWEICLOUD_SDK_AK",
  sk: "HUAWEICLOUD_SDK_SK",
  securityToken: "HUAWEICLOUD_SDK_SECURITY_TOKEN",
  region: "HUAWEICLOUD_SDK_REGION",
  projectId: "HUAWEICLOUD_SDK_PROJECT_ID",
  dwsClusterId: "HUAWEICLOUD_DWS_CLUSTER_ID",
  kafkaInstanceId: "HUAWEICLOUD_KAFKA_INSTANCE_ID",
} as const;

const REQUIRED = [ENV.ak, ENV.sk, ENV.region, ENV.projectId] as const;

interface ClientOptions {
  endpoint?: string;
  region?: string;
  projectId: string;
  credentials: { ak: string; sk: string; securityToken?: string };
}

/** What the CLI talks to, the feed options for it, and the notes worth telling the operator. */
export interface CliTarget {
  feedOptions: TaskFeedOptions;
  description: string;
  notes: string[];
  close(): Promise<void>;
}

/**
 * The real cloud when the four HUAWEICLOUD_SDK_* keys are set, the mock cloud with its demo resources when none
 * is; some but not all is a mistake worth stopping for. Service packages are optional: one not installed is
 * left out with a note, unless it was asked for.
 */
export async function chooseTarget(
  env: Env,
  wanted: { services?: TaskService[]; dwsClusterIds?: string[]; kafkaInstanceIds?: string[] },
): Promise<CliTarget> {
  const set = REQUIRED.filter((name) => env[name]);
  if (set.length > 0 && set.length < REQUIRED.length)
    throw new TaskOptionsError(
      "environment",
      `has ${set.join(", ")} but not ${REQUIRED.filter((name) => !env[name]).join(", ")}: set all four for the real cloud, or none for the mock cloud.`,
    );
  const notes: string[] = [];
  const idsFrom = (flag: string[] | undefined, name: string) =>
    flag ??
    (env[name]
      ? env[name]!.split(",")
          .map((id) => id.trim())
          .filter(Boolean)
      : undefined);
  let client: ClientOptions;
  let dwsClusterIds = idsFrom(wanted.dwsClusterIds, ENV.dwsClusterId);
  let kafkaInstanceIds = idsFrom(wanted.kafkaInstanceIds, ENV.kafkaInstanceId);
  let description: string;
  let close = async () => {};

  if (set.length === REQUIRED.length) {
    const token = env[ENV.securityToken];
    client = {
      region: env[ENV.region]!,
      projectId: env[ENV.projectId]!,
      credentials: { ak: env[ENV.ak]!, sk: env[ENV.sk]!, ...(token ? { securityToken: token } : {}) },
    };
    description = `Huawei Cloud, region ${client.region}, project ${client.projectId}`;
  } else {
    const mock = await optionalImport<typeof import("@hwcloud/mock-cloud")>("@hwcloud/mock-cloud");
    if (!mock)
      throw new TaskOptionsError(
        "environment",
        `has no ${REQUIRED.join(", ")}, and @hwcloud/mock-cloud (used when they are unset) is not installed.`,
      );
    const cloud = await mock.startMockCloud({ dataset: "seeded" });
    client = { endpoint: cloud.url, projectId: mock.DEMO_PROJECT_ID, credentials: cloud.credentials };
    dwsClusterIds ??= [...mock.DEMO_RESOURCES.dwsClusterIds];
    kafkaInstanceIds ??= [...mock.DEMO_RESOURCES.kafkaInstanceIds];
    description = `the local mock cloud at ${cloud.url} (demo data; set ${REQUIRED.join(", ")} for the real cloud)`;
    close = () => cloud.close();
  }

  const asked = (service: TaskService) => !wanted.services || wanted.services.includes(service);
  const feedOptions: TaskFeedOptions = {};
  const missing = (service: TaskService, pkg: string) => {
    if (wanted.services?.includes(service))
      throw new TaskOptionsError("--service", `includes ${service}, but ${pkg} is not installed.`);
    notes.push(`${service}: skipped (${pkg} is not installed)`);
  };

  if (asked("dcs")) {
    const pkg = await optionalImport<typeof import("@hwcloud/dcs")>("@hwcloud/dcs");
    if (pkg) feedOptions.dcs = pkg.createDcsClient(client);
    else missing("dcs", "@hwcloud/dcs");
  }
  if (asked("gaussdb")) {
    const pkg = await optionalImport<typeof import("@hwcloud/gaussdb-mysql")>("@hwcloud/gaussdb-mysql");
    if (pkg) feedOptions.gaussdb = pkg.createGaussdbMysqlClient(client);
    else missing("gaussdb", "@hwcloud/gaussdb-mysql");
  }
  if (asked("dws")) {
    if (!dwsClusterIds?.length) {
      if (wanted.services?.includes("dws"))
        throw new TaskOptionsError(
          "--service",
          `includes dws, which needs --dws-cluster or ${ENV.dwsClusterId}.`,
        );
      notes.push(`dws: skipped (its tasks belong to a cluster: set --dws-cluster or ${ENV.dwsClusterId})`);
    } else {
      const pkg = await optionalImport<typeof import("@hwcloud/dws")>("@hwcloud/dws");
      if (pkg) feedOptions.dws = { client: pkg.createDwsClient(client), clusterIds: dwsClusterIds };
      else missing("dws", "@hwcloud/dws");
    }
  }
  if (asked("kafka")) {
    if (!kafkaInstanceIds?.length) {
      if (wanted.services?.includes("kafka"))
        throw new TaskOptionsError(
          "--service",
          `includes kafka, which needs --kafka-instance or ${ENV.kafkaInstanceId}.`,
        );
      notes.push(
        `kafka: skipped (its tasks belong to an instance: set --kafka-instance or ${ENV.kafkaInstanceId})`,
      );
    } else {
      const pkg = await optionalImport<typeof import("@hwcloud/kafka")>("@hwcloud/kafka");
      if (pkg) feedOptions.kafka = { client: pkg.createKafkaClient(client), instanceIds: kafkaInstanceIds };
      else missing("kafka", "@hwcloud/kafka");
    }
  }
  if (Object.keys(feedOptions).length === 0) {
    await close();
    throw new TaskOptionsError("services", `none can be listed: ${notes.join("; ")}.`);
  }
  return { feedOptions, description, notes, close };
}

/** The module, or undefined when the package is not installed (any other load error is thrown). */
async function optionalImport<T>(name: string): Promise<T | undefined> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if ((code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && String(error).includes(name))
      return undefined;
    throw error;
  }
}
