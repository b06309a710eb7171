/** One list operation per service package: what a consumer imports, calls and reads back. */
export interface ServiceCase {
  readonly packageName: string;
  readonly factory: string;
  readonly operation: string;
  /** Exported type of the operation's 200 body. */
  readonly responseType: string;
  /** Params for the call (path ids the mock knows). */
  readonly params: Record<string, unknown>;
  /** Response field holding the listed items. */
  readonly itemsField: string;
}

export const serviceCases: readonly ServiceCase[] = [
  {
    packageName: "@hwcloud/dws",
    factory: "createDwsClient",
    operation: "listLogicalClusterTasks",
    responseType: "ListLogicalClusterTasksResponse",
    params: { path: { cluster_id: "9b7ff56b-47b3-4d00-a1fd-4c023d34404b" }, query: { limit: 10 } },
    itemsField: "logical_cluster_tasks",
  },
  {
    packageName: "@hwcloud/dcs",
    factory: "createDcsClient",
    operation: "listCenterTask",
    responseType: "ListCenterTaskResponse",
    params: { query: { limit: 10 } },
    itemsField: "tasks",
  },
  {
    packageName: "@hwcloud/gaussdb-mysql",
    factory: "createGaussdbMysqlClient",
    operation: "listImmediateJobs",
    responseType: "ListImmediateJobsResponse",
    params: { query: { limit: "10" } },
    itemsField: "jobs",
  },
  {
    packageName: "@hwcloud/kafka",
    factory: "createKafkaClient",
    operation: "listBackgroundTasks",
    responseType: "ListBackgroundTasksResponse",
    params: { path: { instance_id: "5c7f4a0e-8ad2-4ac9-a3e6-8f6d9c0b1a2b" }, query: { limit: 10 } },
    itemsField: "tasks",
  },
];
