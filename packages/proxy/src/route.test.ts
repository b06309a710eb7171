import { describe, expect, it } from "vitest";
import type { AllowedService } from "./allowlist.js";
import { compileRoutes, matchRoute } from "./route.js";

const service: AllowedService = {
  regions: {},
  operations: [
    { operationId: "ShowJob", method: "GET", path: "/v2/{project_id}/jobs/{job_id}", parameters: [] },
    { operationId: "ListJobs", method: "GET", path: "/v2/{project_id}/jobs", parameters: [] },
    { operationId: "ShowLatest", method: "GET", path: "/v2/{project_id}/jobs/latest", parameters: [] },
    { operationId: "DeleteJob", method: "DELETE", path: "/v2/{project_id}/jobs/{job_id}", parameters: [] },
  ],
};
const routes = compileRoutes(service);

describe("matchRoute", () => {
  it("finds the operation and decodes its path parameters", () => {
    expect(matchRoute(routes, "GET", "/v2/p%201/jobs/j1")).toEqual({
      kind: "found",
      operation: service.operations[0],
      pathParams: { project_id: "p 1", job_id: "j1" },
    });
  });

  it("prefers a literal segment over a template parameter", () => {
    const match = matchRoute(routes, "GET", "/v2/p1/jobs/latest");
    expect(match.kind === "found" && match.operation.operationId).toBe("ShowLatest");
  });

  it("prefers the literal template whatever order the spec lists the operations in", () => {
    const reversed = compileRoutes({ ...service, operations: [...service.operations].reverse() });
    const match = matchRoute(reversed, "GET", "/v2/p1/jobs/latest");
    expect(match.kind === "found" && match.operation.operationId).toBe("ShowLatest");
  });

  it("tolerates one trailing slash", () => {
    const match = matchRoute(routes, "GET", "/v2/p1/jobs/");
    expect(match.kind === "found" && match.operation.operationId).toBe("ListJobs");
  });

  it("says which methods a known path takes", () => {
    expect(matchRoute(routes, "PUT", "/v2/p1/jobs/j1")).toEqual({
      kind: "wrong-method",
      allowed: ["GET", "DELETE"],
    });
  });

  it.each([["/v2/p1"], ["/v2/p1/jobs/j1/extra"], ["/v3/p1/jobs"], ["/v2//jobs"]])(
    "does not match %s",
    (path) => {
      expect(matchRoute(routes, "GET", path)).toEqual({ kind: "not-found" });
    },
  );

  it("refuses a path parameter that is not valid percent-encoded UTF-8", () => {
    expect(matchRoute(routes, "GET", "/v2/p1/jobs/%E0%A4%A")).toEqual({ kind: "bad-encoding" });
  });
});
