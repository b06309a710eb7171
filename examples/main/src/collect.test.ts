import { afterAll, beforeAll, expect, test } from "vitest";
import { collectTasks, createFeed } from "./collect.js";
import { Progress } from "./progress.js";
import { renderReport } from "./report.js";
import { resolveCloudTarget, type CloudTarget } from "@hwcloud/tasks";

let target: CloudTarget;
beforeAll(async () => {
  target = await resolveCloudTarget({});
});
afterAll(() => target.close());

test("a service that refuses, or has no id to ask with, gets a note while the others are listed", async () => {
  const since = new Date(Date.now() - 86_400_000);
  const broken = { ...target, dwsClusterIds: ["not-a-cluster-uuid"], kafkaInstanceIds: [] };
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
