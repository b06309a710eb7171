import type { MockOperation, MockResponse } from "./mock-operation.js";

/** The documented response for a status: the exact code, else its range (4XX), else `default`. */
export function documentedResponse(operation: MockOperation, status: number): MockResponse | undefined {
  const { responses } = operation;
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
}
