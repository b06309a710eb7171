import { authenticate, CREDENTIAL_HEADERS } from "./authenticate.js";
import { corsHeaders, isPreflight, preflightHeaders } from "./cors.js";
import { ExamplesDataset, SeededDataset, type Dataset } from "./datasets.js";
import { documentedResponse } from "./documented-response.js";
import { checkJobDurationMs } from "./job-duration.js";
import { MockRequestError } from "./error-response.js";
import { operations as generatedOperations } from "./generated/operations.js";
import { listPage } from "./list-page.js";
import type { MockOperation } from "./mock-operation.js";
import { readBodyWithin } from "./read-body.js";
import { Routes } from "./routes.js";
import { SchemaValidator } from "./schema-validator.js";
import { RequestValidator } from "./validate-request.js";

/** The AK/SK the mock accepts unless told otherwise (printed by `pnpm mock-cloud`; never real credentials). */
export const DEMO_CREDENTIALS = Object.freeze({
  ak: "MOCKAKDEMO0000000001",
  sk: "mock-demo-secret-key-not-a-real-one",
});
/** The X-Auth-Token the mock accepts where a spec allows IAM tokens. */
export const DEMO_IAM_TOKEN = "mock-iam-token";
/** The project id used in examples and printed by the CLI; the mock accepts any project id. */
export const DEMO_PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

export interface MockCloudOptions {
  /**
   * The operations to serve (default: every operation of this SDK's specs, as tools/generator compiled them).
   * A tool serving a spec of its own compiles it with the generator's `compileMockOperations`.
   */
  operations?: readonly MockOperation[];
  /** The AK/SK pair signed requests must use (default DEMO_CREDENTIALS). */
  credentials?: { ak: string; sk: string };
  /** IAM tokens accepted in X-Auth-Token where a spec allows it (default [DEMO_IAM_TOKEN]). */
  iamTokens?: string[];
  /** "examples" answers with the specs' examples; "seeded" with hundreds of generated items (default "examples"). */
  dataset?: "examples" | "seeded";
  /** Seed of the seeded dataset: the same seed gives the same data (default 1). */
  seed?: number | string;
  /** Items per list operation in the seeded dataset (default 300). */
  itemsPerList?: number;
  /** Newest items per list that are still running when the mock starts (seeded dataset, default 3). */
  runningJobs?: number;
  /**
   * Milliseconds until the first running job settles; the others follow at half this interval (default 4000,
   * at most MAX_JOB_DURATION_MS, a day). A value out of range is a RangeError, a non-number a TypeError.
   */
  jobDurationMs?: number;
  /** Largest request body accepted, in bytes (default 1 MiB); a larger one gets 413 without being held. */
  maxBodyBytes?: number;
  /** Largest accepted distance between X-Sdk-Date and the mock's clock (default 15 minutes, as the cloud). */
  maxSkewMs?: number;
  /** The mock's clock, in epoch milliseconds (default Date.now); jobs settle by this clock. */
  now?: () => number;
}

/** A mock cloud that answers fetch Requests in-process; `startMockCloud` puts it behind an HTTP server. */
export interface MockCloudHandler {
  handle(request: Request): Promise<Response>;
  readonly operations: readonly MockOperation[];
  readonly credentials: { ak: string; sk: string };
}

/** Builds the mock without a server: `handle` answers fetch Requests (pass it as a client's `fetch`). */
export function createMockCloud(options: MockCloudOptions = {}): MockCloudHandler {
  const now = options.now ?? Date.now;
  const jobDurationMs =
    options.jobDurationMs === undefined
      ? 4000
      : checkJobDurationMs(options.jobDurationMs, "createMockCloud: jobDurationMs");
  const credentials = options.credentials ?? DEMO_CREDENTIALS;
  const operations = options.operations ?? generatedOperations;
  const routes = new Routes(operations);
  const schemaValidator = new SchemaValidator();
  const validators = new Map(
    operations.map((operation) => [
      operation,
      new RequestValidator(operation, schemaValidator, CREDENTIAL_HEADERS, badRequestCode(operation)),
    ]),
  );
  const dataset: Dataset =
    options.dataset === "seeded"
      ? new SeededDataset(operations, {
          seed: options.seed ?? 1,
          itemsPerList: options.itemsPerList ?? 300,
          runningJobs: options.runningJobs ?? 3,
          jobDurationMs,
          startedAt: now(),
        })
      : new ExamplesDataset();
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 0) {
    throw new TypeError(
      `createMockCloud: maxBodyBytes must be a whole number >= 0, got ${String(maxBodyBytes)}`,
    );
  }
  const accepted = {
    keys: new Map([[credentials.ak, credentials.sk]]),
    iamTokens: new Set(options.iamTokens ?? [DEMO_IAM_TOKEN]),
    maxSkewMs: options.maxSkewMs ?? 15 * 60_000,
    now,
  };

  async function answer(request: Request): Promise<{ status: number; body?: unknown }> {
    const url = new URL(request.url);
    const route = routes.match(request.method, url.pathname);
    if (route.kind === "wrong-method")
      throw new MockRequestError(405, "APIGW.0106", `${request.method} is not allowed on ${url.pathname}`);
    if (route.kind === "not-found") {
      throw new MockRequestError(
        404,
        "APIGW.0101",
        `no operation in the specs matches ${request.method} ${url.pathname}`,
      );
    }
    const { operation, rawPathValues } = route;
    const body = await authenticate(request, operation, accepted, () =>
      readBodyWithin(request, maxBodyBytes),
    );
    const validator = validators.get(operation)!;
    const parameters = validator.validate(url, rawPathValues, request.headers);
    if (operation.requestBody)
      validator.validateJsonBody(new TextDecoder().decode(body ?? new Uint8Array(0)));
    if (operation.pagination) {
      const items = dataset.listItems(operation, now());
      return {
        status: 200,
        body: listPage(
          operation,
          dataset.listEnvelope(operation),
          items,
          parameters,
          badRequestCode(operation),
        ),
      };
    }
    return { status: 200, body: dataset.single(operation, parameters.path, now()) };
  }

  return {
    operations,
    credentials: { ...credentials },
    async handle(request) {
      const requestId = crypto.randomUUID().replace(/-/g, "");
      if (isPreflight(request)) {
        return new Response(null, {
          status: 204,
          headers: { ...preflightHeaders(request), "X-Request-Id": requestId },
        });
      }
      let status: number;
      let body: unknown;
      try {
        ({ status, body } = await answer(request));
      } catch (error) {
        if (!(error instanceof MockRequestError)) throw error;
        status = error.status;
        body = { ...error.toBody(), request_id: requestId };
      }
      return new Response(request.method === "HEAD" ? null : JSON.stringify(body), {
        status,
        headers: {
          ...corsHeaders(request),
          "Content-Type": "application/json;charset=UTF-8",
          "X-Request-Id": requestId,
          Date: new Date(now()).toUTCString(),
        },
      });
    },
  };
}

/** The code the service uses for an invalid request, taken from the spec's 400 example when it has one. */
function badRequestCode(operation: MockOperation): string {
  const example = documentedResponse(operation, 400)?.examples[0] as { error_code?: unknown } | undefined;
  return typeof example?.error_code === "string" ? example.error_code : "MOCK.0400";
}
