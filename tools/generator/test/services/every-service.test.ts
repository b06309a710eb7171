import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { HuaweiCloudError } from "@hwcloud/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadServiceSpec, PROJECT_ID, serviceNameOf } from "@hwcloud-tools/spec-model";
import { buildServiceModel } from "../../src/model.js";
import type { OperationModel } from "../../src/model-types.js";
import { factoryNameOf } from "../../src/naming.js";
import { fixturePackagesDir, fixtureSpecsDir, repoRoot, repoSpecFiles } from "../layout.js";
import { startRecordingServer } from "./recording-server.js";
import { credentials, expectSignedByTestCredentials, projectId } from "./signed-request.js";

/** Every spec in specs/ with its generated package, plus the fixture: a new spec is covered with no new test. */
const services = [
  ...repoSpecFiles().map((file) => ({
    file,
    specPath: `${repoRoot}specs/${file}`,
    packagesDir: `${repoRoot}packages`,
  })),
  { file: "widgets.yaml", specPath: join(fixtureSpecsDir, "widgets.yaml"), packagesDir: fixturePackagesDir },
].map(({ file, specPath, packagesDir }) => {
  const service = serviceNameOf(file)!;
  return { service, file, specPath, indexPath: join(packagesDir, service, "src/index.ts") };
});

type AnyClient = Record<string, any>;

/** Required path parameters filled with their spec examples, so the expected path can be written out. */
function minimalCall(operation: OperationModel) {
  const path: Record<string, string> = {};
  let target = operation.path.replace(`{${PROJECT_ID}}`, projectId);
  for (const parameter of operation.parameters) {
    if (parameter.in !== "path" || parameter.name === PROJECT_ID) continue;
    const value = typeof parameter.example === "string" ? parameter.example : `sample-${parameter.name}`;
    path[parameter.name] = value;
    target = target.replace(`{${parameter.name}}`, encodeURIComponent(value));
  }
  const body = operation.requestBody?.required ? operation.requestBody.examples[0] : undefined;
  const params = {
    ...(Object.keys(path).length === 0 ? {} : { path }),
    ...(body === undefined ? {} : { body }),
  };
  return { params: Object.keys(params).length === 0 ? undefined : params, target, body };
}

describe.each(services.map((entry) => [`@hwcloud/${entry.service}`, entry] as const))(
  "%s, generated from its spec",
  (_name, { service, file, specPath, indexPath }) => {
    let server: Awaited<ReturnType<typeof startRecordingServer>>;
    let module: Record<string, any>;
    let client: AnyClient;
    let model: ReturnType<typeof buildServiceModel>;

    beforeAll(async () => {
      model = buildServiceModel(await loadServiceSpec(specPath));
      module = await import(pathToFileURL(indexPath).href);
      server = await startRecordingServer();
      client = module[factoryNameOf(service)]({
        endpoint: server.origin,
        projectId,
        credentials,
        maxRetries: 0,
      });
    });
    beforeEach(() => server.reset());
    afterAll(() => server?.close());

    it("exports its factory and the runtime's HuaweiCloudError", () => {
      expect(module[factoryNameOf(service)]).toBeTypeOf("function");
      expect(module.HuaweiCloudError).toBe(HuaweiCloudError);
    });

    it("sends each operation's method and path, signed, with project_id from the client options", async () => {
      expect(model.operations.length).toBeGreaterThan(0);
      for (const operation of model.operations) {
        server.reset();
        const { params, target, body } = minimalCall(operation);
        await client[operation.methodName](params);
        expect(server.requests.map((r) => `${r.method} ${r.target}`)).toEqual([
          `${operation.method} ${target}`,
        ]);
        expect(server.requests[0]!.body).toBe(body === undefined ? "" : JSON.stringify(body));
        await expectSignedByTestCredentials(server.origin, server.requests[0]!);
      }
    });

    it("offers paginate.<method> exactly for the operations the spec marks as paged", () => {
      const paged = model.operations.filter((op) => op.pagination !== undefined).map((op) => op.methodName);
      expect(Object.keys(client.paginate ?? {}).sort()).toEqual(paged.sort());
    });

    it("pages every paged operation with the spec's offset and limit parameters until the total", async () => {
      for (const operation of model.operations) {
        const paging = operation.pagination;
        if (paging === undefined) continue;
        server.reset();
        const pageSize = paging.limitValues?.[0] ?? 2;
        const total = pageSize + 1;
        const offsetOf = (target: string) =>
          Number(new URL(target, server.origin).searchParams.get(paging.offsetParam));
        server.replyWith(({ target }) => {
          const step = offsetOf(target) - paging.first;
          const start = paging.unit === "item" ? step : step * pageSize;
          const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => ({
            index: start + i,
          }));
          return {
            status: 200,
            body: { [paging.items]: items, ...(paging.total ? { [paging.total]: total } : {}) },
          };
        });
        const limitSchema = operation.parameters.find(
          (p) => p.in === "query" && p.name === paging.limitParam,
        )!.schema;
        const limit = limitSchema.type === "string" ? String(pageSize) : pageSize;
        const { params } = minimalCall(operation);
        const seen: unknown[] = [];
        for await (const item of client.paginate[operation.methodName]({
          ...params,
          query: { [paging.limitParam]: limit },
        })) {
          seen.push(item);
        }
        expect(seen).toEqual(Array.from({ length: total }, (_, index) => ({ index })));
        const secondOffset = paging.first + (paging.unit === "item" ? pageSize : 1);
        expect(server.requests.map((r) => offsetOf(r.target))).toEqual([paging.first, secondOffset]);
        for (const request of server.requests) {
          expect(new URL(request.target, server.origin).searchParams.get(paging.limitParam)).toBe(
            String(pageSize),
          );
        }
      }
    });

    it("offers every waiter the spec declares", () => {
      for (const waiter of model.waiters) expect(client[waiter.name], waiter.name).toBeTypeOf("function");
    });

    it("rejects an error answer with HuaweiCloudError carrying status, code, message and request id", async () => {
      const operation = model.operations[0]!;
      server.replyWith({
        status: 404,
        body: { error_code: "TEST.0404", error_msg: "The resource does not exist." },
        headers: { "X-Request-Id": "req-0123456789" },
      });
      const error = await client[operation.methodName](minimalCall(operation).params).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(module.HuaweiCloudError);
      expect(error).toMatchObject({
        status: 404,
        errorCode: "TEST.0404",
        errorMsg: "The resource does not exist.",
        requestId: "req-0123456789",
        operation: operation.operationId,
      });
      expect(String(error)).not.toContain(credentials.sk);
    });
  },
);
