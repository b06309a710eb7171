import { createDcsClient, HuaweiCloudError } from "@hwcloud/dcs";
import { createGaussdbMysqlClient } from "@hwcloud/gaussdb-mysql";
import { createMockCloud, DEMO_IAM_TOKEN } from "@hwcloud/mock-cloud";
import { expect, test } from "vitest";
import { recordingFetch, type Exchange } from "./transport.js";

// What the clients and the mock's API gateway behaviour must agree on, beyond each operation's spec.
const mock = createMockCloud();

test("a client whose clock is 20 minutes slow is refused as expired once, corrects its clock and succeeds", async () => {
  const exchanges: Exchange[] = [];
  const dcs = createDcsClient({
    endpoint: "http://mock.local",
    projectId: "p",
    credentials: mock.credentials,
    clockOffsetMs: -20 * 60_000,
    fetch: recordingFetch(mock, exchanges),
  });
  await expect(dcs.listCenterTask()).resolves.toMatchObject({ tasks: expect.any(Array) });
  expect(exchanges.map((exchange) => exchange.status)).toEqual([401, 200]);
});

test("a wrong SK surfaces as a HuaweiCloudError 401 APIGW.0301 with the request id and no secret", async () => {
  const dcs = createDcsClient({
    endpoint: "http://mock.local",
    projectId: "p",
    credentials: { ak: mock.credentials.ak, sk: "wrong-secret-value" },
    fetch: (input, init) => mock.handle(new Request(input, init)),
    maxRetries: 0,
  });
  const error = await dcs.listCenterTask().catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(HuaweiCloudError);
  expect(error).toMatchObject({
    status: 401,
    errorCode: "APIGW.0301",
    requestId: expect.stringMatching(/^[0-9a-f]{32}$/),
  });
  expect(JSON.stringify(error)).not.toContain("wrong-secret-value");
  expect(String((error as Error).message)).not.toContain("wrong-secret-value");
});

test("an IAM token client is accepted where the spec allows iamToken", async () => {
  const gaussdb = createGaussdbMysqlClient({
    endpoint: "http://mock.local",
    projectId: "p",
    credentials: { iamToken: DEMO_IAM_TOKEN },
    fetch: (input, init) => mock.handle(new Request(input, init)),
  });
  await expect(gaussdb.listImmediateJobs()).resolves.toMatchObject({ jobs: expect.any(Array) });
});
