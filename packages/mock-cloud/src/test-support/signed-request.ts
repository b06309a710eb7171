import { signRequest } from "@hwcloud/signer";
import type { MockCloudHandler } from "../create-mock-cloud.js";

export const ORIGIN = "http://mock.test";

/** A GET Request signed with SDK-HMAC-SHA256, as a client would send it. */
export async function signedGet(
  url: string,
  credentials: { ak: string; sk: string },
  options: { date?: Date; headers?: Record<string, string> } = {},
): Promise<Request> {
  const headers = await signRequest({ method: "GET", url, headers: options.headers ?? {} }, credentials, {
    date: options.date,
  });
  return new Request(url, { method: "GET", headers });
}

export interface MockAnswer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

/** Sends a signed GET for `path` to the mock (in-process) and reads the JSON answer. */
export async function get(
  mock: MockCloudHandler,
  path: string,
  options: { date?: Date; headers?: Record<string, string>; credentials?: { ak: string; sk: string } } = {},
): Promise<MockAnswer> {
  const request = await signedGet(`${ORIGIN}${path}`, options.credentials ?? mock.credentials, options);
  const response = await mock.handle(request);
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  };
}
