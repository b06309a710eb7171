import { describe, expect, it } from "vitest";
import { requestTargets } from "./node-request-target.js";

/** What `http.request(url)` would send for `url`: new URL's host, port, path and query. */
function asParsed(url: string) {
  const parsed = new URL(url);
  return {
    secure: parsed.protocol === "https:",
    hostname: parsed.hostname.replace(/^\[|\]$/g, ""),
    port: parsed.port,
    path: `${parsed.pathname}${parsed.search}`,
  };
}

describe("requestTargets", () => {
  const urls = [
    "https://dcs.cn-north-4.myhuaweicloud.com/v2/p1/tasks?limit=10&offset=0",
    "https://dcs.cn-north-4.myhuaweicloud.com/v2/p1/jobs/%E4%B8%AD?x=a%20b",
    // Characters the URL parser escapes, and dot segments it resolves: parsed in full, sent as it writes them.
    "https://dcs.cn-north-4.myhuaweicloud.com/v2/p1/tasks?name=O'Brien&q=a b",
    'https://dcs.cn-north-4.myhuaweicloud.com/v2/p1/{x}/"y"/`z`',
    "https://dcs.cn-north-4.myhuaweicloud.com/v2/p1/jobs/../tasks",
    "https://dcs.cn-north-4.myhuaweicloud.com/v2/p1/jobs/%2e%2E/tasks",
    "https://dcs.cn-north-4.myhuaweicloud.com/v2/p1/jobs/./x",
    // Other spellings of an origin: never confused with the cached one.
    "https://DCS.cn-north-4.myhuaweicloud.com/v2/p1/tasks",
    "https://dcs.cn-north-4.myhuaweicloud.com:443/v2/p1/tasks",
    "https://dcs.cn-north-4.myhuaweicloud.com:8443/v2/p1/tasks",
    "https://user:pw@dcs.cn-north-4.myhuaweicloud.com/v2/p1/tasks",
    "https://dcs.cn-north-4.myhuaweicloud.com.evil.example/v2/p1/tasks",
    "http://dcs.cn-north-4.myhuaweicloud.com/v2/p1/tasks",
    "http://[::1]:8080/v2/p1/tasks?limit=1",
    "http://127.0.0.1:9000",
    "http://127.0.0.1:9000?a=1",
  ];

  it("sends every URL exactly where and as new URL would, in any order", () => {
    const target = requestTargets();
    for (const url of [...urls, ...urls.slice().reverse(), ...urls]) {
      expect(target(url), url).toEqual(asParsed(url));
    }
  });
});
