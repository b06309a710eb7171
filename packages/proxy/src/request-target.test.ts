import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitOriginForm, unsafePathReason } from "./request-target.js";

describe("splitOriginForm", () => {
  it("splits an origin-form target into path and query", () => {
    expect(splitOriginForm("/hwcloud/dcs/v2/p/tasks?limit=1")).toEqual({
      pathname: "/hwcloud/dcs/v2/p/tasks",
      search: "?limit=1",
    });
    expect(splitOriginForm("/a?")).toEqual({ pathname: "/a", search: "" });
  });

  it.each([
    ["an absolute-form target", "http://evil.test/hwcloud/dcs/v2/p/tasks"],
    ["a network-path target", "//evil.test/hwcloud/dcs/v2/p/tasks"],
    ["an asterisk-form target", "*"],
    ["an authority-form target", "evil.test:443"],
    ["a backslash that URL parsers read as a slash", "/\\evil.test/hwcloud"],
    ["a fragment", "/hwcloud/dcs#x"],
    ["a literal dot-dot segment", "/hwcloud/dcs/v2/p/jobs/../tasks"],
    ["a literal dot segment", "/hwcloud/./dcs"],
  ])("refuses %s so the proxy's origin never comes from the request line", (_name, target) => {
    expect(splitOriginForm(target)).toBeUndefined();
  });
});

describe("unsafePathReason", () => {
  it.each([
    ["/v2/p1/jobs/j-1"],
    ["/v2/p1/tasks/"],
    ["/v2/p1/jobs/a%20b"],
    ["/v2/p1/jobs/...."],
    ["/v2/%E4%B8%AD"],
  ])("lets an ordinary path through: %s", (path) => {
    expect(unsafePathReason(path)).toBeUndefined();
  });

  it.each([
    ["/v2/p1/jobs/..", /dot segment/],
    ["/v2/p1/jobs/.", /dot segment/],
    ["/v2/%2E%2E/jobs", /dot segment/],
    ["/v2/.%2e/jobs", /dot segment/],
    ["/v2/p1/jobs/..;/tasks", /dot segment/],
    ["/v2/p1/jobs/..;jsessionid=1", /dot segment/],
    ["/v2/p1/jobs/%2e%2e%3b/tasks", /dot segment/],
    ["/v2/p1/jobs/%2E%2E%3B", /dot segment/],
    ["/v2/p1/jobs/.%2E%3bx", /dot segment/],
    ["/v2/p1/jobs/..%20", /dot segment/],
    ["/v2/p1/jobs/%EF%BC%8E%EF%BC%8E", /dot segment/],
    ["/v2/p1/jobs/%252e%252e", /twice/],
    ["/v2/p1/jobs/%252E%252E%253B", /twice/],
    ["/v2/p1/jobs/%25252e", /twice/],
    ["/v2/p1/jobs/..%2F..%2Fv3%2Fother", /slash/],
    ["/v2/p1/jobs/a%5Cb", /backslash/],
    ["/v2/p1/jobs/a%00b", /control/],
    ["/v2/p1/jobs/a%0d%0aX-Injected:1", /control/],
    ["/v2/p1/jobs/%E0%A4%A", /not valid/],
    ["/v2/p1/jobs/%FF", /not valid/],
    ["/v2/p1/jobs/\uFF0E\uFF0E", /dot segment/],
    ["/v2/p1/jobs/a\u0001b", /control/],
    ["/v2/p1/jobs/a\u007fb", /control/],
  ])("refuses %s", (path, reason) => {
    expect(unsafePathReason(path)).toMatch(reason);
  });

  it("lets a path of plain characters through unjudged, and judges any other character per segment", () => {
    const plain = fc.stringMatching(/^[A-Za-z0-9\-_~/!$&'()*+,;=:@]{0,40}$/);
    fc.assert(fc.property(plain, (path) => unsafePathReason(`/v2${path}`) === undefined));
    // One character outside the plain set (".", "%", a control, a look-alike) sends the path to the rules.
    for (const odd of ["..", "%2e%2e", "\u0000", "\uFF0E\uFF0E"]) {
      expect(unsafePathReason(`/v2/p1/${odd}/x`)).toBeDefined();
    }
  });
});
