import { inspect } from "node:util";
import { DEMO_PROJECT_ID, DEMO_RESOURCES } from "@hwcloud/mock-cloud";
import { expect, test } from "vitest";
import { resolveCloudTarget } from "./cloud-target.js";
import { TaskOptionsError } from "./errors.js";

const KEYS = {
  HUAWEICLOUD_SDK_AK: "AK",
  HUAWEICLOUD_SDK_SK: "SK",
  HUAWEICLOUD_SDK_REGION: "cn-north-4",
  HUAWEICLOUD_SDK_PROJECT_ID: "p",
};

test("the four keys choose the real cloud, with the ids of the environment (comma-separated) or of the options", async () => {
  const cloud = await resolveCloudTarget({
    ...KEYS,
    HUAWEICLOUD_SDK_SECURITY_TOKEN: "token",
    HUAWEICLOUD_DWS_CLUSTER_ID: "c1, c2,",
  });
  expect(cloud).toMatchObject({
    client: {
      region: "cn-north-4",
      projectId: "p",
      credentials: { ak: "AK", sk: "SK", securityToken: "token" },
    },
    dwsClusterIds: ["c1", "c2"],
    kafkaInstanceIds: [],
    mock: false,
    description: "Huawei Cloud, region cn-north-4, project p",
  });
  expect(cloud.client).not.toHaveProperty("endpoint");
  const given = await resolveCloudTarget(KEYS, { kafkaInstanceIds: ["k"] });
  expect(given.kafkaInstanceIds).toEqual(["k"]);
});

test("no keys start the mock cloud with its demo resources, until closed", async () => {
  const cloud = await resolveCloudTarget({}, { mock: { jobDurationMs: 500 } });
  try {
    expect(cloud).toMatchObject({
      client: { endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), projectId: DEMO_PROJECT_ID },
      dwsClusterIds: [...DEMO_RESOURCES.dwsClusterIds],
      kafkaInstanceIds: [...DEMO_RESOURCES.kafkaInstanceIds],
      mock: true,
    });
    expect(cloud.description).toMatch(
      /^the local mock cloud at http:\/\/127\.0\.0\.1:\d+ \(seeded data; set /,
    );
    const answer = await fetch(`${cloud.client.endpoint}/v2/${DEMO_PROJECT_ID}/tasks`);
    expect(answer.status).toBe(401);
  } finally {
    await cloud.close();
  }
  await expect(fetch(`${cloud.client.endpoint}/`)).rejects.toThrow();
});

test("some keys but not all is an error naming the missing ones, before anything starts", async () => {
  const partial = resolveCloudTarget({
    ...KEYS,
    HUAWEICLOUD_SDK_PROJECT_ID: "",
    HUAWEICLOUD_SDK_SK: undefined,
  });
  await expect(partial).rejects.toThrow(TaskOptionsError);
  await expect(partial).rejects.toThrow(
    /^environment has HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_REGION but not HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID: set all four/,
  );
});

test("a target logged or serialised shows the AK, never the SK or the security token", async () => {
  const cloud = await resolveCloudTarget({
    ...KEYS,
    HUAWEICLOUD_SDK_SK: "secret-sk-value",
    HUAWEICLOUD_SDK_SECURITY_TOKEN: "secret-token-value",
  });
  const shown = [inspect(cloud, { depth: 10 }), JSON.stringify(cloud), String(cloud.client.credentials)];
  for (const text of shown) {
    expect(text).toContain("AK");
    expect(text).not.toContain("secret-sk-value");
    expect(text).not.toContain("secret-token-value");
  }
});
