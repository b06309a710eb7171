import { CLOUD_ENV, resolveCloudTarget, type CloudTarget } from "../cloud-target.js";
import { TaskOptionsError } from "../errors.js";
import { optionalImport } from "../optional-import.js";
import type { TaskFeedOptions } from "../feed-options.js";
import type { TaskService } from "../task.js";

export type Env = Record<string, string | undefined>;

/** What the CLI talks to, the feed options for it, and the notes worth telling the operator. */
export interface CliTarget {
  feedOptions: TaskFeedOptions;
  description: string;
  notes: string[];
  close(): Promise<void>;
}

/**
 * The cloud `resolveCloudTarget` picks, with a client for each service asked for. Service packages are
 * optional: one not installed is left out with a note, unless it was asked for.
 */
export async function chooseTarget(
  env: Env,
  wanted: { services?: TaskService[]; dwsClusterIds?: string[]; kafkaInstanceIds?: string[] },
): Promise<CliTarget> {
  const target = await resolveCloudTarget(env, {
    dwsClusterIds: wanted.dwsClusterIds,
    kafkaInstanceIds: wanted.kafkaInstanceIds,
  });
  try {
    return {
      ...(await clientsFor(target, wanted)),
      description: target.description,
      close: () => target.close(),
    };
  } catch (error) {
    await target.close();
    throw error;
  }
}

async function clientsFor(
  { client, dwsClusterIds, kafkaInstanceIds }: CloudTarget,
  wanted: { services?: TaskService[] },
): Promise<{ feedOptions: TaskFeedOptions; notes: string[] }> {
  const notes: string[] = [];
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
    if (!dwsClusterIds.length) {
      if (wanted.services?.includes("dws"))
        throw new TaskOptionsError(
          "--service",
          `includes dws, which needs --dws-cluster or ${CLOUD_ENV.dwsClusterIds}.`,
        );
      notes.push(
        `dws: skipped (its tasks belong to a cluster: set --dws-cluster or ${CLOUD_ENV.dwsClusterIds})`,
      );
    } else {
      const pkg = await optionalImport<typeof import("@hwcloud/dws")>("@hwcloud/dws");
      if (pkg) feedOptions.dws = { client: pkg.createDwsClient(client), clusterIds: dwsClusterIds };
      else missing("dws", "@hwcloud/dws");
    }
  }
  if (asked("kafka")) {
    if (!kafkaInstanceIds.length) {
      if (wanted.services?.includes("kafka"))
        throw new TaskOptionsError(
          "--service",
          `includes kafka, which needs --kafka-instance or ${CLOUD_ENV.kafkaInstanceIds}.`,
        );
      notes.push(
        `kafka: skipped (its tasks belong to an instance: set --kafka-instance or ${CLOUD_ENV.kafkaInstanceIds})`,
      );
    } else {
      const pkg = await optionalImport<typeof import("@hwcloud/kafka")>("@hwcloud/kafka");
      if (pkg) feedOptions.kafka = { client: pkg.createKafkaClient(client), instanceIds: kafkaInstanceIds };
      else missing("kafka", "@hwcloud/kafka");
    }
  }
  if (Object.keys(feedOptions).length === 0)
    throw new TaskOptionsError("services", `none can be listed: ${notes.join("; ")}.`);
  return { feedOptions, notes };
}
