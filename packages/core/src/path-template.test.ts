import { describe, expect, it } from "vitest";
import { pathTemplateMatcher } from "./path-template.js";

describe("pathTemplateMatcher", () => {
  const jobs = pathTemplateMatcher("/v2/{project_id}/jobs/{job_id}");

  it("reads each placeholder's raw text in order, with or without a trailing slash", () => {
    expect(jobs.names).toEqual(["project_id", "job_id"]);
    expect(jobs.match("/v2/p1/jobs/a%2Fb")).toEqual(["p1", "a%2Fb"]);
    expect(jobs.match("/v2/p1/jobs/j1/")).toEqual(["p1", "j1"]);
  });

  it.each([
    "/v2/p1/jobs",
    "/v2/p1/jobs/",
    "/v2/p1/jobs/j1/x",
    "/v2//jobs/j1",
    "/v3/p1/jobs/j1",
    "v2/p1/jobs/j1",
  ])("refuses %s: a placeholder holds exactly one non-empty segment and the literals must match", (path) => {
    expect(jobs.match(path)).toBeUndefined();
  });

  it("treats regular-expression characters in the template as literals", () => {
    const dotted = pathTemplateMatcher("/v1.0/{id}+x");
    expect(dotted.match("/v1.0/a+x")).toEqual(["a"]);
    expect(dotted.match("/v1x0/a+x")).toBeUndefined();
  });

  it("counts the literal characters, so the more specific of two fitting templates can win", () => {
    expect(pathTemplateMatcher("/v2/{project_id}/jobs/{job_id}").literalLength).toBe("/v2//jobs/".length);
    expect(pathTemplateMatcher("/v2/{project_id}/jobs/latest").literalLength).toBeGreaterThan(
      jobs.literalLength,
    );
  });
});
