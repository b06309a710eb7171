import { expect, test } from "vitest";
import { createGaussdbMysqlClient } from "@hwcloud/gaussdb-mysql";
import { createMockCloud, DEMO_PROJECT_ID } from "@hwcloud/mock-cloud";
import { createSigningProxy } from "@hwcloud/proxy";
import { compileMockOperations } from "@hwcloud-tools/generator/mock-operations";
import { buildServiceSpec } from "@hwcloud-tools/spec-model";
import { readSpec } from "./subjects.js";

// A service newer than our spec: its answer carries a field nobody documented yet, a job state and a job name
// the page does not list, and a new top-level object. The client and the proxy are built from today's spec.
const newerService = await (async () => {
  // A loose view of the parsed YAML: the test edits one known example in place.
  const spec = structuredClone(
    readSpec(new URL("../../../specs/gaussdb-mysql.yaml", import.meta.url).pathname),
  );
  const paths = spec.paths as Record<string, any>;
  const example =
    paths["/v3/{project_id}/immediate-jobs"].get.responses["200"].content["application/json"].examples.twoJobs
      .value;
  Object.assign(example.jobs[0], {
    status: "Archived",
    job_name: "SomeNewGaussDBforMySQLJob",
    added_later: "x",
  });
  example.summary_added_later = { nested: [1, 2] };
  const model = await buildServiceSpec("gaussdb-mysql", "gaussdb-mysql.yaml", spec);
  return createMockCloud({ operations: compileMockOperations([model]), dataset: "examples" });
})();

const toService: typeof fetch = async (input, init) => newerService.handle(new Request(input, init));

async function listThroughClient(throughProxy: boolean) {
  const proxy = createSigningProxy({
    credentials: newerService.credentials,
    endpoints: { "gaussdb-mysql": "http://gaussdb.test" },
    fetch: toService,
  });
  const client = createGaussdbMysqlClient({
    projectId: DEMO_PROJECT_ID,
    maxRetries: 0,
    ...(throughProxy
      ? {
          endpoint: "http://proxy.test/hwcloud/gaussdb-mysql",
          credentials: "none" as const,
          fetch: (input: RequestInfo | URL, init?: RequestInit) => proxy(new Request(input, init)),
        }
      : { endpoint: "http://gaussdb.test", credentials: newerService.credentials, fetch: toService }),
  });
  return client.listImmediateJobs();
}

test.each([
  ["straight from the service", false],
  ["through the signing proxy", true],
])(
  "a field, a state and a job name the spec does not know reach the caller untouched, %s",
  async (_how, throughProxy) => {
    const page = await listThroughClient(throughProxy);
    const job = page.jobs![0]!;
    expect(job.status).toBe("Archived");
    expect(job.job_name).toBe("SomeNewGaussDBforMySQLJob");
    expect((job as Record<string, unknown>).added_later).toBe("x");
    expect((page as Record<string, unknown>).summary_added_later).toEqual({ nested: [1, 2] });
    expect(page.jobs![1]!.status).toBe("Failed");
  },
);
