// The usage shown in packages/mock-cloud/README.md, run as written (this package depends on both).
import { createDcsClient } from "@hwcloud/dcs";
import { createMockCloud, DEMO_PROJECT_ID, startMockCloud, type RunningMockCloud } from "@hwcloud/mock-cloud";
import { afterAll, beforeAll, expect, test } from "vitest";

let cloud: RunningMockCloud;
beforeAll(async () => {
  cloud = await startMockCloud({ dataset: "seeded", jobDurationMs: 500 });
});
afterAll(() => cloud.close());

test("README: waits for the newest DCS job over HTTP", async () => {
  const dcs = createDcsClient({
    endpoint: cloud.url,
    projectId: DEMO_PROJECT_ID,
    credentials: cloud.credentials,
  });
  const { tasks } = await dcs.listCenterTask({ query: { limit: 1 } });
  const job = await dcs.waitForJob(tasks![0]!.job_id!, { interval: 100 });
  expect(job.status).toBe("SUCCESS"); // seed 1: the newest job succeeds (a FAIL would reject with WaiterError)
});

test("README: answers in-process through the client's fetch", async () => {
  const mock = createMockCloud();
  const dcs = createDcsClient({
    endpoint: "http://mock.local",
    projectId: "any-project",
    credentials: mock.credentials,
    fetch: (input, init) => mock.handle(new Request(input, init)),
  });
  const page = await dcs.listCenterTask();
  expect(page.tasks).toHaveLength(2);
});
