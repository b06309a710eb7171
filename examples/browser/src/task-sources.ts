import { createDcsClient } from "@hwcloud/dcs";
import { createDwsClient } from "@hwcloud/dws";
import { createGaussdbMysqlClient } from "@hwcloud/gaussdb-mysql";
import { createKafkaClient } from "@hwcloud/kafka";
import type { Connection, ServiceName } from "./connection.ts";

/** One line of the page's table, whatever service it came from. */
export interface TaskRow {
  readonly service: ServiceName;
  readonly name: string;
  readonly status: string;
  readonly started: string;
}

/** Resource ids some list operations are scoped to. */
export interface ResourceIds {
  readonly dwsClusterId: string;
  readonly kafkaInstanceId: string;
}

type TaskSource = (connection: Connection, ids: ResourceIds) => Promise<TaskRow[]>;

const firstPage = { limit: 10 };

/** Lists the first page of recent tasks of each service, mapped to the shared row shape. */
export const taskSources: Record<ServiceName, TaskSource> = {
  dws: async (connection, ids) => {
    const page = await createDwsClient(connection.clientOptions("dws")).listLogicalClusterTasks({
      path: { cluster_id: ids.dwsClusterId },
      query: firstPage,
    });
    return (page.logical_cluster_tasks ?? []).map((task) => ({
      service: "dws",
      name: `${task.type ?? "task"} ${task.logical_cluster_name ?? ""}`.trim(),
      status: task.result ?? "",
      started: task.start_time ?? "",
    }));
  },
  dcs: async (connection) => {
    const page = await createDcsClient(connection.clientOptions("dcs")).listCenterTask({ query: firstPage });
    return (page.tasks ?? []).map((task) => ({
      service: "dcs",
      name: task.name ?? "",
      status: task.status ?? "",
      started: task.created_at ?? "",
    }));
  },
  "gaussdb-mysql": async (connection) => {
    const page = await createGaussdbMysqlClient(connection.clientOptions("gaussdb-mysql")).listImmediateJobs({
      query: { limit: "10" },
    });
    return (page.jobs ?? []).map((job) => ({
      service: "gaussdb-mysql",
      name: job.job_name ?? "",
      status: job.status ?? "",
      started: job.created_time ?? "",
    }));
  },
  kafka: async (connection, ids) => {
    const page = await createKafkaClient(connection.clientOptions("kafka")).listBackgroundTasks({
      path: { instance_id: ids.kafkaInstanceId },
      query: firstPage,
    });
    return (page.tasks ?? []).map((task) => ({
      service: "kafka",
      name: task.name ?? "",
      status: task.status ?? "",
      started: task.created_at ?? "",
    }));
  },
};

export interface ServiceOutcome {
  readonly service: ServiceName;
  readonly rows: TaskRow[];
  readonly error?: string;
}

/** Queries every service at once; one failing service does not hide the others' rows. */
export async function listAllTasks(connection: Connection, ids: ResourceIds): Promise<ServiceOutcome[]> {
  const services = Object.keys(taskSources) as ServiceName[];
  return Promise.all(
    services.map(async (service) => {
      try {
        return { service, rows: await taskSources[service](connection, ids) };
      } catch (error) {
        return { service, rows: [], error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
}
