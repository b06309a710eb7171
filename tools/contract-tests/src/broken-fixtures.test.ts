import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { checkDocumentedResponses, checkRequestProperty, type ConfigureClient } from "./checks.js";
import { loadSubject, readSpec } from "./subjects.js";

const brokenSpec = readSpec(fileURLToPath(new URL("../fixtures/broken-dcs.yaml", import.meta.url)));

describe("the contract check catches a broken spec example", () => {
  test("an example that breaks its schema is reported, naming the fields", async () => {
    const subject = await loadSubject("dcs", brokenSpec);
    const operation = subject.operations.find((o) => o.operationId === "ListCenterTask")!;
    const problems = await checkDocumentedResponses(subject, operation);
    expect(problems).toEqual([
      expect.stringMatching(
        /200 example 1 does not fit its schema: .*task_count.*enable_show|200 example 1 does not fit its schema: .*enable_show.*task_count/,
      ),
    ]);
  });
});

/** A client whose serialisation changed: an openapi-fetch middleware rewrites the URL before it is signed. */
function rewriteUrl(rewrite: (url: URL) => void): ConfigureClient {
  return (client) =>
    client.use!({
      onRequest({ request }: { request: Request }) {
        const url = new URL(request.url);
        rewrite(url);
        return new Request(url, request);
      },
    });
}

describe("the contract check catches a client serialisation change", async () => {
  const subject = await loadSubject("dcs");
  const listCenterTask = subject.operations.find((o) => o.operationId === "ListCenterTask")!;
  const showJobInfo = subject.operations.find((o) => o.operationId === "ShowJobInfo")!;

  test.each([
    [
      "a query parameter renamed (limit sent as page_size)",
      rewriteUrl((url) => {
        const limit = url.searchParams.get("limit");
        url.searchParams.delete("limit");
        if (limit !== null) url.searchParams.set("page_size", limit);
      }),
      /page_size/,
    ],
    [
      "times written as ISO 8601 instead of yyyyMMddHHmmss",
      rewriteUrl((url) => {
        const start = url.searchParams.get("start_time");
        if (start)
          url.searchParams.set(
            "start_time",
            `${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6, 8)}T00:00:00Z`,
          );
      }),
      /start_time/,
    ],
    [
      "an offset sent one too high",
      rewriteUrl(
        (url) =>
          url.searchParams.has("offset") &&
          url.searchParams.set("offset", String(Number(url.searchParams.get("offset")) + 1)),
      ),
      /offset/,
    ],
  ])("%s", async (_, configure, names) => {
    const problems = await checkRequestProperty(subject, listCenterTask, {
      configure,
      numRuns: 100,
      seed: 1,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(names);
  });

  test("a path id no longer percent-encoded", async () => {
    const configure = rewriteUrl((url) => {
      url.pathname = url.pathname.replace(/%([0-9A-F]{2})/gi, "~$1");
    });
    const problems = await checkRequestProperty(subject, showJobInfo, { configure, numRuns: 200, seed: 1 });
    expect(problems).toEqual([expect.stringMatching(/path (job_id|project_id)/)]);
  });

  test("the unbroken client passes the same checks", async () => {
    expect(await checkRequestProperty(subject, listCenterTask, { numRuns: 100 })).toEqual([]);
    expect(await checkRequestProperty(subject, showJobInfo, { numRuns: 200 })).toEqual([]);
  });
});
