import { describe, expect, test } from "vitest";
import { createMockCloud } from "./create-mock-cloud.js";
import { loadOperations } from "./test-support/load-operations.js";
import { get } from "./test-support/signed-request.js";

const mock = createMockCloud({ operations: loadOperations() });
const cluster = "9b7ff56b-47b3-4d00-a1fd-4c023d34404b";

describe("requests that break the spec get 400 in the service's error shape", () => {
  test.each([
    ["a limit below the minimum", "/v2/p/tasks?limit=0", /limit must be >= 1/],
    ["a limit above the maximum", "/v2/p/tasks?limit=1001", /limit must be <= 1000/],
    ["a limit that is not a number", "/v2/p/tasks?limit=ten", /limit must be integer/],
    ["a negative offset", "/v2/p/tasks?offset=-1", /offset must be >= 0/],
    [
      "a parameter the operation does not have",
      "/v2/p/tasks?page=2",
      /page is not a parameter of ListCenterTask/,
    ],
    ["a parameter given twice", "/v2/p/tasks?limit=1&limit=2", /limit is given 2 times/],
    ["a time in the wrong format", "/v2/p/tasks?start_time=2023-06-01", /start_time/],
    [
      "a page size GaussDB does not offer",
      "/v3/p/immediate-jobs?limit=15",
      /limit must be one of "10", "20", "50"/,
    ],
    [
      "a status outside the enum",
      "/v3/p/immediate-jobs?status=Done",
      /status must be one of "Running", "Completed", "Failed", "Pending"/,
    ],
    [
      "a header value outside the enum",
      ["/v3/p/immediate-jobs", { "X-Language": "fr-fr" }],
      /header parameter x-language/,
    ],
    ["a sort order outside the enum", `/v2/p/clusters/${cluster}/logical-clusters/tasks?order=UP`, /order/],
    ["a Kafka start below the first task", "/v2/p/instances/i-1/tasks?start=0", /start must be/],
  ] as const)("%s", async (_, request, message) => {
    const [path, headers] = typeof request === "string" ? [request, {}] : request;
    const answer = await get(mock, path, { headers });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error_code: expect.any(String),
      error_msg: expect.stringMatching(message),
    });
  });

  test("uses the error code of the spec's 400 example when there is one", async () => {
    const answer = await get(mock, "/v2/p/jobs/%20?x=1");
    expect(answer).toMatchObject({ status: 400, body: { error_code: "111400063" } });
  });
});

describe("requests that follow the spec are answered", () => {
  test.each([
    [
      "DCS tasks with every query parameter",
      "/v2/p/tasks?offset=0&limit=5&start_time=20200609160000&end_time=20300612155959",
    ],
    ["a DCS job", "/v2/p/jobs/ff8080818822bbf70188235afc24141a"],
    [
      "DWS tasks with filters and order",
      `/v2/p/clusters/${cluster}/logical-clusters/tasks?offset=0&limit=10&order=DESC`,
    ],
    [
      "GaussDB jobs with a status and time window",
      "/v3/p/immediate-jobs?status=Completed&limit=20&start_time=2018-01-01T00:00:00%2B0000",
    ],
    ["Kafka tasks from the first", "/v2/p/instances/i-1/tasks?start=1&limit=10&begin_time=20200101000000"],
  ])("%s", async (_, path) => {
    expect((await get(mock, path)).status).toBe(200);
  });
});

describe("routing", () => {
  test("answers 404 in the error shape for a path no spec has", async () => {
    expect(await get(mock, "/v2/p/nothing-here")).toMatchObject({
      status: 404,
      body: { error_code: "APIGW.0101" },
    });
  });

  test("answers 405 for a known path with another method", async () => {
    const response = await mock.handle(new Request("http://mock.test/v2/p/tasks", { method: "DELETE" }));
    expect(response.status).toBe(405);
  });
});
