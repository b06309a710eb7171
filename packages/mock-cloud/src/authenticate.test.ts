import { describe, expect, test } from "vitest";
import { createMockCloud, DEMO_IAM_TOKEN } from "./create-mock-cloud.js";
import { loadOperations } from "./test-support/load-operations.js";
import { get, ORIGIN, signedGet } from "./test-support/signed-request.js";

const operations = loadOperations();
const credentials = { ak: "TESTAK000000000000001", sk: "test-secret-never-shown" };
const clock = Date.UTC(2026, 0, 2, 3, 4, 5);
const mock = createMockCloud({ operations, credentials, now: () => clock });
const listTasks = "/v2/proj/tasks?limit=2";

describe("AK/SK signatures", () => {
  test("accepts a request signed with the configured AK/SK", async () => {
    const answer = await get(mock, listTasks, { date: new Date(clock) });
    expect(answer.status).toBe(200);
  });

  test.each([
    ["a wrong SK", { credentials: { ...credentials, sk: "other" } }, /signature does not match/],
    ["an unknown AK", { credentials: { ak: "NOSUCHAK", sk: "x" } }, /no secret key is known/],
    [
      "an X-Sdk-Date 16 minutes behind the server clock",
      { date: new Date(clock - 16 * 60_000) },
      /signature expired, signature time: 20260102T024805Z, server time: 20260102T030405Z/,
    ],
    [
      "an X-Sdk-Date 16 minutes ahead of the server clock",
      { date: new Date(clock + 16 * 60_000) },
      /signature expired, signature time: 20260102T032005Z, server time: 20260102T030405Z/,
    ],
  ])("refuses %s with 401 in the error shape", async (_, options, message) => {
    const answer = await get(mock, listTasks, { date: new Date(clock), ...options });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({
      error_code: "APIGW.0301",
      error_msg: expect.stringMatching(message),
    });
    expect(JSON.stringify(answer.body)).not.toContain(credentials.sk);
  });

  test("accepts an X-Sdk-Date 14 minutes off (the cloud's 15 minute window)", async () => {
    expect((await get(mock, listTasks, { date: new Date(clock - 14 * 60_000) })).status).toBe(200);
  });

  test("refuses a request whose query was changed after signing", async () => {
    const signed = await signedGet(`${ORIGIN}${listTasks}`, credentials, { date: new Date(clock) });
    const tampered = new Request(`${ORIGIN}/v2/proj/tasks?limit=3`, { headers: signed.headers });
    const response = await mock.handle(tampered);
    expect(response.status).toBe(401);
  });

  test("refuses an unsigned request, saying it is not signed", async () => {
    const response = await mock.handle(new Request(`${ORIGIN}${listTasks}`));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error_msg: expect.stringMatching(/not signed/) });
  });
});

describe("IAM tokens (X-Auth-Token)", () => {
  const gaussJobs = "/v3/proj/immediate-jobs";

  test("accepts the configured token where the spec allows iamToken", async () => {
    const response = await mock.handle(
      new Request(`${ORIGIN}${gaussJobs}`, { headers: { "X-Auth-Token": DEMO_IAM_TOKEN } }),
    );
    expect(response.status).toBe(200);
  });

  test("refuses another token with 401", async () => {
    const response = await mock.handle(
      new Request(`${ORIGIN}${gaussJobs}`, { headers: { "X-Auth-Token": "forged" } }),
    );
    expect(response.status).toBe(401);
    expect(JSON.stringify(await response.json())).not.toContain("forged");
  });

  test("does not accept a token where the spec only allows AK/SK", async () => {
    const response = await mock.handle(
      new Request(`${ORIGIN}${listTasks}`, { headers: { "X-Auth-Token": DEMO_IAM_TOKEN } }),
    );
    expect(response.status).toBe(401);
  });
});
