import { afterAll, beforeAll, expect, test } from "vitest";
import { collectTasks, createFeed } from "./collect.js";
import { Progress } from "./progress.js";
import { renderReport } from "./report.js";
import { chooseTarget, type Target } from "./target.js";

let target: Target;
beforeAll(async () => {
  target = await chooseTarget({});
});
afterAll(() => target.close());

test("a service that refuses, or has no id to ask with, gets a note while the others are listed", async () => {
  const since = new Date(Date.now() - 86_400_000);
  const broken = { ...target, dwsClusterId: "not-a-cluster-uuid", kafkaInstanceId: undefined };
  const results = await collectTasks(createFeed(broken), broken, since, new Progress({ write: () => true }));
  const byService = Object.fromEntries(results.map((result) => [result.service, result]));
  expect(byService.dws!.note).toMatch(
    /^failed: dws not-a-cluster-uuid: 400 \S+ path parameter cluster_id must match format "uuid"/,
  );
  expect(byService.kafka!.note).toBe("skipped: no instance id (set HUAWEICLOUD_KAFKA_INSTANCE_ID)");
  expect(byService.dcs!.tasks.length).toBeGreaterThan(0);
  expect(byService.gaussdb!.tasks.length).toBeGreaterThan(0);

  const report = renderReport(results, new Date());
  expect(report).toMatch(/^DWS\s+failed: dws not-a-cluster-uuid: 400 /m);
  expect(report).toMatch(/^Kafka\s+skipped: no instance id/m);
});

test("the real cloud is chosen only when AK, SK, region and project id are all set", async () => {
  const env = {
    HUAWEICLOUD_SDK_AK: "AK",
    HUAWEICLOUD_SDK_SK: "SK",
    HUAWEICLOUD_SDK_REGION: "cn-north-4",
    HUAWEICLOUD_SDK_PROJECT_ID: "p",
  };
  const cloud = await chooseTarget(env);
  expect(cloud.client).toEqual({ region: "cn-north-4", projectId: "p", credentials: { ak: "AK", sk: "SK" } });
  expect(cloud.description).toBe("Huawei Cloud, region cn-north-4, project p");
  const mock = await chooseTarget({ ...env, HUAWEICLOUD_SDK_PROJECT_ID: "" });
  try {
    expect(mock.client.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  } finally {
    await mock.close();
  }
});
