import { createDcsClient } from "@hwcloud/dcs";
import { createDwsClient } from "@hwcloud/dws";
import { createGaussdbMysqlClient } from "@hwcloud/gaussdb-mysql";
import { createKafkaClient } from "@hwcloud/kafka";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildServiceModel } from "../../src/model.js";
import { loadServiceSpec } from "@hwcloud-tools/spec-model";
import { repoRoot, repoSpecFiles } from "../layout.js";
import { startRecordingServer } from "./recording-server.js";
import { credentials, expectSignedByTestCredentials, projectId } from "./signed-request.js";
import { okExample } from "./spec-examples.js";

const options = (endpoint: string) => ({ endpoint, projectId, credentials, maxRetries: 0 });

interface Case {
  /** Spec file and operation whose documented 200 example the server answers with. */
  readonly spec: string;
  readonly operationId: string;
  /** A typed call, exactly as a user writes it. */
  readonly call: (endpoint: string) => Promise<unknown>;
  readonly want: {
    readonly method: string;
    readonly target: string;
    readonly headers?: Record<string, string>;
  };
}

const cases: [string, Case][] = [
  [
    "@hwcloud/dws listLogicalClusterTasks puts cluster_id in the path and the filters in the query",
    {
      spec: "dws.yaml",
      operationId: "ListLogicalClusterTasks",
      call: (endpoint) =>
        createDwsClient(options(endpoint)).listLogicalClusterTasks({
          path: { cluster_id: "9b7ff56b-47b3-4d00-a1fd-4c023d34404b" },
          query: { offset: 2, limit: 20, logical_cluster_name: "lc one", order: "DESC" },
        }),
      want: {
        method: "GET",
        target: `/v2/${projectId}/clusters/9b7ff56b-47b3-4d00-a1fd-4c023d34404b/logical-clusters/tasks?offset=2&limit=20&logical_cluster_name=lc%20one&order=DESC`,
      },
    },
  ],
  [
    "@hwcloud/dcs listCenterTask writes a Date as yyyyMMddHHmmss (UTC) next to a string time",
    {
      spec: "dcs.yaml",
      operationId: "ListCenterTask",
      call: (endpoint) =>
        createDcsClient(options(endpoint)).listCenterTask({
          query: {
            start_time: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
            end_time: "20240131235959",
            offset: 0,
            limit: 50,
          },
        }),
      want: {
        method: "GET",
        target: `/v2/${projectId}/tasks?start_time=20240102030405&end_time=20240131235959&offset=0&limit=50`,
      },
    },
  ],
  [
    "@hwcloud/dcs listCenterTask sends no query string when called without params",
    {
      spec: "dcs.yaml",
      operationId: "ListCenterTask",
      call: (endpoint) => createDcsClient(options(endpoint)).listCenterTask(),
      want: { method: "GET", target: `/v2/${projectId}/tasks` },
    },
  ],
  [
    "@hwcloud/dcs showJobInfo puts job_id in the path",
    {
      spec: "dcs.yaml",
      operationId: "ShowJobInfo",
      call: (endpoint) =>
        createDcsClient(options(endpoint)).showJobInfo({
          path: { job_id: "ff8080818822bbf70188235afc24141a" },
        }),
      want: { method: "GET", target: `/v2/${projectId}/jobs/ff8080818822bbf70188235afc24141a` },
    },
  ],
  [
    "@hwcloud/dcs showJobInfo uses a project_id given in the call over the client's",
    {
      spec: "dcs.yaml",
      operationId: "ShowJobInfo",
      call: (endpoint) =>
        createDcsClient(options(endpoint)).showJobInfo({
          path: { project_id: "other-project", job_id: "job-1" },
        }),
      want: { method: "GET", target: "/v2/other-project/jobs/job-1" },
    },
  ],
  [
    "@hwcloud/gaussdb-mysql listImmediateJobs sends string paging, a +0000 time and the X-Language header",
    {
      spec: "gaussdb-mysql.yaml",
      operationId: "ListImmediateJobs",
      call: (endpoint) =>
        createGaussdbMysqlClient(options(endpoint)).listImmediateJobs({
          query: {
            status: "Running",
            offset: "2",
            limit: "20",
            start_time: new Date(Date.UTC(2018, 7, 6, 10, 41, 14)),
          },
          header: { "X-Language": "zh-cn" },
        }),
      want: {
        method: "GET",
        target: `/v3/${projectId}/immediate-jobs?status=Running&offset=2&limit=20&start_time=2018-08-06T10%3A41%3A14%2B0000`,
        headers: { "x-language": "zh-cn" },
      },
    },
  ],
  [
    "@hwcloud/kafka listBackgroundTasks puts instance_id in the path and begin_time/end_time as 14 digits",
    {
      spec: "kafka.yaml",
      operationId: "ListBackgroundTasks",
      call: (endpoint) =>
        createKafkaClient(options(endpoint)).listBackgroundTasks({
          path: { instance_id: "5c7f4a0e-8ad2-4ac9-a3e6-8f6d9c0b1a2b" },
          query: {
            start: 1,
            limit: 10,
            begin_time: new Date(Date.UTC(2020, 4, 15)),
            end_time: new Date(Date.UTC(2020, 4, 16, 23, 59, 59)),
          },
        }),
      want: {
        method: "GET",
        target: `/v2/${projectId}/instances/5c7f4a0e-8ad2-4ac9-a3e6-8f6d9c0b1a2b/tasks?start=1&limit=10&begin_time=20200515000000&end_time=20200516235959`,
      },
    },
  ],
];

describe("typed calls of every operation reach a local server exactly as documented", () => {
  let server: Awaited<ReturnType<typeof startRecordingServer>>;
  beforeAll(async () => {
    server = await startRecordingServer();
  });
  beforeEach(() => server.reset());
  afterAll(() => server.close());

  it.each(cases)("%s", async (_name, { spec, operationId, call, want }) => {
    const documented = await okExample(`${repoRoot}specs/${spec}`, operationId);
    server.replyWith({ status: 200, body: documented });

    const result = await call(server.origin);

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect({ method: request!.method, target: request!.target }).toEqual({
      method: want.method,
      target: want.target,
    });
    expect(request!.headers).toMatchObject(want.headers ?? {});
    await expectSignedByTestCredentials(server.origin, request!);
    expect(result).toEqual(documented);
  });

  it("covers every operation of every spec in specs/", async () => {
    const documented = new Set<string>();
    for (const file of repoSpecFiles()) {
      const model = buildServiceModel(await loadServiceSpec(`${repoRoot}specs/${file}`));
      for (const operation of model.operations) documented.add(`${file} ${operation.operationId}`);
    }
    expect(new Set(cases.map(([, c]) => `${c.spec} ${c.operationId}`))).toEqual(documented);
  });
});
