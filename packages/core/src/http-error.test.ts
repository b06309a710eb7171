import { describe, expect, it } from "vitest";
import { HuaweiCloudApiError } from "./errors.js";
import { errorFromResponse } from "./http-error.js";

const ctx = {
  operation: "ListCenterTask",
  method: "GET",
  url: "https://dcs.example.com/v2/p/tasks",
  auth: "aksk",
} as const;
const answer = (status: number, headers: Record<string, string> = {}) => ({
  status,
  statusText: "",
  headers: new Headers(headers),
});

describe("errorFromResponse", () => {
  it("takes the body's request_id when the X-Request-Id header is empty, in the field and the message", () => {
    const error = errorFromResponse(answer(404, { "x-request-id": "" }), { request_id: "req-9" }, ctx);
    expect(error.requestId).toBe("req-9");
    expect(error.message).toContain("Request id: req-9.");
  });

  it("gives each status its advice, and leaves other 4xx without one", () => {
    const advice = (status: number) => errorFromResponse(answer(status), {}, ctx).message;
    expect(advice(404)).toContain("Not found: check the region or endpoint");
    expect(advice(429)).toContain("Rate limited:");
    expect(advice(503)).toContain("The service failed to answer the request");
    expect(advice(403)).toContain("not allowed to call ListCenterTask here");
    expect(advice(418)).toBe("ListCenterTask failed with HTTP 418: the answer carried no error code.");
  });

  it("sets every detail as an own property, undefined when the answer lacks it", () => {
    const error = errorFromResponse(answer(500), "<html>", { ...ctx, operation: "" });
    expect(error).toBeInstanceOf(HuaweiCloudApiError);
    expect(Object.keys(error)).toEqual(
      expect.arrayContaining(["status", "errorCode", "requestId", "operation", "statusFamily"]),
    );
    expect(error.operation).toBeUndefined();
    expect(error.requestId).toBeUndefined();
    expect(error.statusFamily).toBe("server");
    expect(error.message).toContain("GET /v2/p/tasks failed with HTTP 500");
  });
});
