import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, test, vi } from "vitest";
import { createMockCloud, DEMO_PROJECT_ID } from "@hwcloud/mock-cloud";
import { createSigningProxy } from "@hwcloud/proxy";
import { exampleParameters } from "./checks.js";
import { loadSubject, methodName, specServices } from "./subjects.js";

// The official SDKs' region tables, checked in beside the repository (CI lays ../shared out the same way).
const officialFile = fileURLToPath(new URL("../../../../shared/official-regions.json", import.meta.url));
const official = existsSync(officialFile)
  ? (JSON.parse(readFileSync(officialFile, "utf8")) as { regions: Record<string, Record<string, string>> })
      .regions
  : {};

const subjects = await Promise.all(specServices().map((service) => loadSubject(service)));
const cloud = createMockCloud();

/** A fetch that notes the origin each request is sent to, then lets the mock cloud (which checks the signature) answer. */
function originRecordingFetch(origins: string[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    origins.push(new URL(request.url).origin);
    return cloud.handle(request);
  };
}

describe.skipIf(!existsSync(officialFile)).each(subjects.map((s) => [s.service, s] as const))(
  "%s: every official region resolves through `region` to the official endpoint",
  (service, subject) => {
    const regions = Object.entries(official[service] ?? {});
    const operation = subject.operations.find((o) => o.method === "GET")!;
    const call = (client: Record<string, unknown>) =>
      (client[methodName(operation)] as (params: unknown) => Promise<unknown>)(exampleParameters(operation));

    test("the official table has this service", () => {
      expect(regions.length).toBeGreaterThan(0);
    });

    test.each(regions)(
      "%s -> %s, from a client and from the proxy, answered by the mock",
      async (region, endpoint) => {
        const clientOrigins: string[] = [];
        const client = subject.createClient({
          region,
          projectId: DEMO_PROJECT_ID,
          credentials: cloud.credentials,
          maxRetries: 0,
          fetch: originRecordingFetch(clientOrigins),
        });
        await expect(call(client)).resolves.toBeDefined();
        expect(clientOrigins).toEqual([endpoint]);

        const proxyOrigins: string[] = [];
        const proxy = createSigningProxy({
          credentials: cloud.credentials,
          region,
          services: [service],
          fetch: originRecordingFetch(proxyOrigins),
        });
        const throughProxy = subject.createClient({
          endpoint: `http://proxy.test/hwcloud/${service}`,
          credentials: "none",
          projectId: DEMO_PROJECT_ID,
          maxRetries: 0,
          fetch: (input: RequestInfo | URL, init?: RequestInit) => proxy(new Request(input, init)),
        });
        await expect(call(throughProxy)).resolves.toBeDefined();
        expect(proxyOrigins).toEqual([endpoint]);
      },
    );
  },
);

describe("a region newer than the table", () => {
  afterEach(() => vi.unstubAllEnvs());

  test.each(subjects.map((s) => [s.service, s] as const))(
    "%s: HUAWEICLOUD_SDK_REGION_<SERVICE>_<REGION> gives its endpoint to the client and to the proxy",
    async (service, subject) => {
      const variable = `HUAWEICLOUD_SDK_REGION_${service.toUpperCase().replace(/-/g, "_")}_XX_NEWER_1`;
      const endpoint = `https://${service}.xx-newer-1.example.com`;
      vi.stubEnv("HUAWEICLOUD_SDK_REGIONS_FILE", "/nonexistent/regions.yaml");
      vi.stubEnv(variable, endpoint);
      const operation = subject.operations.find((o) => o.method === "GET")!;
      const call = (client: Record<string, unknown>) =>
        (client[methodName(operation)] as (params: unknown) => Promise<unknown>)(
          exampleParameters(operation),
        );

      const clientOrigins: string[] = [];
      const client = subject.createClient({
        region: "xx-newer-1",
        projectId: DEMO_PROJECT_ID,
        credentials: cloud.credentials,
        maxRetries: 0,
        fetch: originRecordingFetch(clientOrigins),
      });
      await expect(call(client)).resolves.toBeDefined();

      const proxyOrigins: string[] = [];
      const proxy = createSigningProxy({
        credentials: cloud.credentials,
        region: "xx-newer-1",
        services: [service],
        fetch: originRecordingFetch(proxyOrigins),
      });
      const throughProxy = subject.createClient({
        endpoint: `http://proxy.test/hwcloud/${service}`,
        credentials: "none",
        projectId: DEMO_PROJECT_ID,
        maxRetries: 0,
        fetch: (input: RequestInfo | URL, init?: RequestInit) => proxy(new Request(input, init)),
      });
      await expect(call(throughProxy)).resolves.toBeDefined();
      expect([...clientOrigins, ...proxyOrigins]).toEqual([endpoint, endpoint]);
    },
  );
});
