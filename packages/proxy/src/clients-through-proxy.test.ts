import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDcsClient, HuaweiCloudError } from "@hwcloud/dcs";
import { createDwsClient } from "@hwcloud/dws";
import { createGaussdbMysqlClient } from "@hwcloud/gaussdb-mysql";
import { createKafkaClient } from "@hwcloud/kafka";
import { DEMO_PROJECT_ID, startMockCloud, type RunningMockCloud } from "@hwcloud/mock-cloud";
import { startProxyServer } from "../test/start-proxy-server.js";

// The mock cloud checks every signature, so an answer proves the proxy signed the request.
let cloud: RunningMockCloud;
let proxy: Awaited<ReturnType<typeof startProxyServer>>;
const unsigned = (service: string) => ({
  endpoint: `${proxy.origin}/hwcloud/${service}`,
  credentials: "none" as const,
  projectId: DEMO_PROJECT_ID,
  maxRetries: 0,
});

beforeAll(async () => {
  cloud = await startMockCloud({ dataset: "seeded", itemsPerList: 25 });
  proxy = await startProxyServer({
    credentials: cloud.credentials,
    endpoints: { dcs: cloud.url, dws: cloud.url, "gaussdb-mysql": cloud.url, kafka: cloud.url },
    projectId: DEMO_PROJECT_ID,
  });
});
afterAll(async () => {
  await proxy.close();
  await cloud.close();
});

describe('service clients with credentials: "none" through the proxy', () => {
  it("list DCS tasks and page through all of them", async () => {
    const dcs = createDcsClient(unsigned("dcs"));
    const page = await dcs.listCenterTask({ query: { limit: 10 } });
    expect(page.tasks).toHaveLength(10);
    const all = [];
    for await (const task of dcs.paginate.listCenterTask({ query: { limit: 10 } })) all.push(task);
    expect(all).toHaveLength(25);
  });

  it("show a DCS job", async () => {
    const dcs = createDcsClient(unsigned("dcs"));
    const page = await dcs.listCenterTask({ query: { limit: 1 } });
    const jobId = page.tasks![0]!.job_id!;
    expect((await dcs.showJobInfo({ path: { job_id: jobId } })).job_id).toBe(jobId);
  });

  it("list Kafka, GaussDB for MySQL and DWS tasks", async () => {
    const kafka = createKafkaClient(unsigned("kafka"));
    const gaussdb = createGaussdbMysqlClient(unsigned("gaussdb-mysql"));
    const dws = createDwsClient(unsigned("dws"));
    const [k, g, d] = await Promise.all([
      kafka.listBackgroundTasks({ path: { instance_id: "i-1" }, query: { limit: 5 } }),
      gaussdb.listImmediateJobs({ query: { limit: "10" } }),
      dws.listLogicalClusterTasks({ path: { cluster_id: "3b2d5f1e-8c4a-4e6b-9f0a-1c2d3e4f5a6b" } }),
    ]);
    expect(k.tasks?.length).toBe(5);
    expect(g.jobs?.length).toBe(10);
    expect(d.logical_cluster_tasks?.length).toBeGreaterThan(0);
  });

  it("surface a proxy refusal as a HuaweiCloudError with the proxy's code", async () => {
    const dcs = createDcsClient({ ...unsigned("dcs"), projectId: "someone-elses-project" });
    const error = await dcs.listCenterTask().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuaweiCloudError);
    expect(error).toMatchObject({ status: 403, errorCode: "PROXY.PROJECT_NOT_ALLOWED" });
  });

  it("are refused by the cloud when they skip the proxy without credentials", async () => {
    const dcs = createDcsClient({ ...unsigned("dcs"), endpoint: cloud.url });
    await expect(dcs.listCenterTask()).rejects.toMatchObject({ status: 401 });
  });
});
