import { describe, expect, test } from "vitest";
import { createMockCloud } from "./create-mock-cloud.js";
import { loadOperations } from "./test-support/load-operations.js";
import { get, ORIGIN } from "./test-support/signed-request.js";

const mock = createMockCloud({ operations: loadOperations() });

describe("browser clients (CORS)", () => {
  test("a preflight is answered with the asked-for headers and methods", async () => {
    const response = await mock.handle(
      new Request(`${ORIGIN}/v2/p/tasks`, {
        method: "OPTIONS",
        headers: {
          Origin: "http://app.test",
          "Access-Control-Request-Method": "GET",
          "Access-Control-Request-Headers": "authorization,x-sdk-date,x-project-id",
        },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://app.test");
    expect(response.headers.get("access-control-allow-headers")).toBe(
      "authorization,x-sdk-date,x-project-id",
    );
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
  });

  test("answers expose X-Request-Id and Date to scripts", async () => {
    const answer = await get(mock, "/v2/p/tasks", { headers: { Origin: "http://app.test" } });
    expect(answer.headers.get("access-control-allow-origin")).toBe("http://app.test");
    expect(answer.headers.get("access-control-expose-headers")).toMatch(/X-Request-Id.*Date/);
  });
});

describe("every answer carries a request id", () => {
  test.each([
    ["a success", "/v2/p/tasks", 200],
    ["a validation error", "/v2/p/tasks?limit=0", 400],
    ["an unknown path", "/nowhere", 404],
  ])("%s", async (_, path, status) => {
    const first = await get(mock, path);
    const second = await get(mock, path);
    expect(first.status).toBe(status);
    expect(first.headers.get("x-request-id")).toMatch(/^[0-9a-f]{32}$/);
    expect(first.headers.get("x-request-id")).not.toBe(second.headers.get("x-request-id"));
    expect(first.headers.get("date")).not.toBeNull();
  });

  test("error bodies repeat it as request_id, like the API gateway", async () => {
    const answer = await get(mock, "/nowhere");
    expect(answer.body.request_id).toBe(answer.headers.get("x-request-id"));
  });
});
