// Loaded with `node --import` before a README block runs: the block's requests to Huawei Cloud endpoints are
// answered by an in-process mock cloud (so the block runs exactly as written, its signatures verified against
// the real host names), and nothing leaves the machine except to servers on 127.0.0.1.
import { createMockCloud } from "@hwcloud/mock-cloud";

const cloud = createMockCloud({ dataset: "seeded", jobDurationMs: 300 });
// The clients send over node:http in Node unless told otherwise; this harness answers through fetch.
process.env.HUAWEICLOUD_SDK_TRANSPORT = "fetch";
const localFetch = globalThis.fetch;

globalThis.fetch = async function fetchThroughMockCloud(input, init) {
  const request = new Request(input, init);
  const { hostname, origin } = new URL(request.url);
  if (hostname.endsWith(".myhuaweicloud.com")) return cloud.handle(request);
  if (hostname === "127.0.0.1" || hostname === "localhost") return localFetch(request);
  throw new TypeError(
    `readme-check: the block sent a request to ${origin}; only Huawei Cloud endpoints (answered by the mock cloud) and 127.0.0.1 are reachable here`,
  );
};
