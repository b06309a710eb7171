import { describe, expectTypeOf, it } from "vitest";
import { createOperationsClient } from "./client.js";
import { createServiceClient } from "./service-client.js";
import type { ClientDescriptorMismatch, DescribedClient } from "./client-types.js";
import type { ServiceDescriptor } from "./descriptor.js";
import { descriptor, type paths, type TestClient } from "./test-support/fixture-service.js";

const options = { endpoint: "http://127.0.0.1:1", credentials: "none" } as const;

/** The fixture's descriptor with one operation pointing at another path: the mistake the check must catch. */
const swapped = {
  ...descriptor,
  operations: {
    ...descriptor.operations,
    showJob: { operationId: "ShowJob", method: "GET", path: "/v2/{project_id}/tasks" },
  },
} as const satisfies ServiceDescriptor;

const { listJobs: _dropped, ...withoutListJobs } = descriptor.operations;
const missing = { ...descriptor, operations: withoutListJobs } as const satisfies ServiceDescriptor;
const { pagination: _paging, ...listTasksUnpaged } = descriptor.operations.listTasks;
const unpaged = {
  ...descriptor,
  operations: { ...descriptor.operations, listTasks: listTasksUnpaged },
} as const satisfies ServiceDescriptor;

describe("client types derived from the descriptor", () => {
  it("give the generated interface, unchanged, when it agrees with the descriptor", () => {
    expectTypeOf(
      createServiceClient<paths, typeof descriptor, TestClient>(descriptor, options),
    ).toEqualTypeOf<TestClient>();
    expectTypeOf<ClientDescriptorMismatch<TestClient, paths, typeof descriptor>>().toBeNever();
  });

  it("type every member from the descriptor and paths alone", () => {
    const client = createServiceClient<paths, typeof descriptor>(descriptor, options);
    expectTypeOf(client.showJob).returns.resolves.toEqualTypeOf<Awaited<ReturnType<TestClient["showJob"]>>>();
    expectTypeOf(client.paginate.listTasks).returns.toEqualTypeOf<
      ReturnType<TestClient["paginate"]["listTasks"]>
    >();
    expectTypeOf(client.waitForJob).returns.toEqualTypeOf<ReturnType<TestClient["waitForJob"]>>();
    expectTypeOf<DescribedClient<paths, typeof descriptor>["GET"]>().toEqualTypeOf<TestClient["GET"]>();
  });

  it("fail to compile when an operation points at another path", () => {
    expectTypeOf<ClientDescriptorMismatch<TestClient, paths, typeof swapped>>().toEqualTypeOf<
      "showJob" | "waitForJob"
    >();
    // @ts-expect-error showJob and waitForJob disagree with the interface
    const client: TestClient = createServiceClient<paths, typeof swapped, TestClient>(swapped, options);
    void client;
  });

  it("fail to compile when the descriptor lacks an operation the interface declares", () => {
    expectTypeOf<ClientDescriptorMismatch<TestClient, paths, typeof missing>>().toEqualTypeOf<
      "listJobs" | "paginate.listJobs"
    >();
    // @ts-expect-error listJobs is declared but not described
    const client: TestClient = createServiceClient<paths, typeof missing, TestClient>(missing, options);
    void client;
  });

  it("fail to compile when a paginator is declared for an operation that does not page", () => {
    expectTypeOf<
      ClientDescriptorMismatch<TestClient, paths, typeof unpaged>
    >().toEqualTypeOf<"paginate.listTasks">();
  });
});

describe("the operations-only client", () => {
  type Operations = Pick<TestClient, "listTasks" | "listJobs" | "showJob" | "createThing">;

  it("is the operation methods of the full interface, checked against the descriptor", () => {
    const client = createOperationsClient<paths, typeof descriptor, Operations>(descriptor, options);
    expectTypeOf(client).toEqualTypeOf<Operations>();
    // @ts-expect-error no paginators on the operations-only client
    void client.paginate;
    // @ts-expect-error no raw openapi-fetch methods either
    void client.GET;
  });

  it("fails to compile when an operation points at another path", () => {
    // @ts-expect-error showJob disagrees with the interface
    const client: Operations = createOperationsClient<paths, typeof swapped, Operations>(swapped, options);
    void client;
  });
});
