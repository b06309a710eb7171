import { TaskOptionsError } from "./errors.js";
import { describe, readIdList } from "./options.js";
import { offsetToMinutes } from "./time.js";
import { dcsSource, type DcsTaskClient } from "./sources/dcs.js";
import { dwsSource, type DwsTaskClient } from "./sources/dws.js";
import { gaussdbSource, type GaussdbTaskClient } from "./sources/gaussdb.js";
import { kafkaSource, type KafkaTaskClient } from "./sources/kafka.js";
import type { TaskSource } from "./sources/source.js";

/** The clients a feed reads, only for the services you use; DWS and Kafka tasks belong to a cluster / instance. */
export interface TaskFeedOptions {
  dcs?: DcsTaskClient;
  gaussdb?: GaussdbTaskClient;
  kafka?: { client: KafkaTaskClient; instanceIds: string[] };
  dws?: {
    client: DwsTaskClient;
    clusterIds: string[];
    /** The zone DWS's zone-less times are written in, as "+08:00" (default "+00:00", UTC). */
    utcOffset?: string;
  };
}

// Bounds the fan-out of one list: each id is one paging walk per list and per watch poll.
const MAX_IDS = 100;

/** Checks the options and turns them into one source per service, cluster and instance. */
export function readFeedOptions(options: unknown): { sources: TaskSource[]; dcs: DcsTaskClient | undefined } {
  if (typeof options !== "object" || options === null)
    throw new TaskOptionsError("options", `must be an object, got ${describe(options)}.`);
  const { dcs, gaussdb, kafka, dws } = options as Record<string, unknown>;
  const known = new Set(["dcs", "gaussdb", "kafka", "dws"]);
  for (const key of Object.keys(options))
    if (!known.has(key))
      throw new TaskOptionsError(`options.${key}`, "is not an option (expected dcs, gaussdb, kafka, dws).");

  const sources: TaskSource[] = [];
  if (dcs !== undefined)
    sources.push(dcsSource(requireClient("dcs", dcs, "listCenterTask") as DcsTaskClient));
  if (dws !== undefined) {
    const { client, clusterIds, utcOffset = "+00:00" } = requireObject("dws", dws);
    const dwsClient = requireClient("dws.client", client, "listLogicalClusterTasks") as DwsTaskClient;
    if (typeof utcOffset !== "string" || utcOffset === "Z" || offsetToMinutes(utcOffset) === undefined)
      throw new TaskOptionsError(
        "dws.utcOffset",
        `must be an offset like "+08:00", got ${describe(utcOffset)}.`,
      );
    for (const id of readIdList("dws.clusterIds", clusterIds, MAX_IDS))
      sources.push(dwsSource(dwsClient, id, utcOffset));
  }
  if (gaussdb !== undefined)
    sources.push(gaussdbSource(requireClient("gaussdb", gaussdb, "listImmediateJobs") as GaussdbTaskClient));
  if (kafka !== undefined) {
    const { client, instanceIds } = requireObject("kafka", kafka);
    const kafkaClient = requireClient("kafka.client", client, "listBackgroundTasks") as KafkaTaskClient;
    for (const id of readIdList("kafka.instanceIds", instanceIds, MAX_IDS))
      sources.push(kafkaSource(kafkaClient, id));
  }
  if (sources.length === 0)
    throw new TaskOptionsError("options", "must give at least one service (dcs, gaussdb, kafka or dws).");
  return { sources, dcs: dcs as DcsTaskClient | undefined };
}

function requireObject(option: string, value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null)
    throw new TaskOptionsError(option, `must be an object, got ${describe(value)}.`);
  return value as Record<string, unknown>;
}

/** A client of the right service: it has the paginator the feed walks (catches a DWS client given as `kafka`). */
function requireClient(option: string, value: unknown, operation: string): unknown {
  const paginate = (value as { paginate?: Record<string, unknown> } | null | undefined)?.paginate;
  if (typeof paginate?.[operation] !== "function")
    throw new TaskOptionsError(
      option,
      `must be a client of that service (one with paginate.${operation}), got ${describe(value)}.`,
    );
  return value;
}
