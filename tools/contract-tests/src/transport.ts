import type { MockCloudHandler } from "@hwcloud/mock-cloud";

/** What reached the server and what it answered. */
export interface Exchange {
  request: Request;
  status: number;
  body: unknown;
}

/** A fetch that hands (signed) requests to the mock in-process and records each exchange. */
export function recordingFetch(mock: MockCloudHandler, exchanges: Exchange[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await mock.handle(request.clone());
    const text = await response.clone().text();
    exchanges.push({ request, status: response.status, body: text ? JSON.parse(text) : undefined });
    return response;
  };
}

/** A fetch that answers every request with one canned response. */
export function cannedFetch(status: number, body: unknown, requestId: string): typeof fetch {
  return async () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "Content-Type": "application/json;charset=UTF-8", "X-Request-Id": requestId },
    });
}
