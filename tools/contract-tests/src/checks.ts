import { isDeepStrictEqual } from "node:util";
import { HuaweiCloudConfigError, HuaweiCloudError, pathTemplateMatcher } from "@hwcloud/core";
import { createMockCloud, type MockCloudHandler, type MockOperation } from "@hwcloud/mock-cloud";
import fc from "fast-check";
import {
  callerParameters,
  exampleValue,
  invalidValue,
  timeFormatOf,
  validParameterSet,
} from "./parameters.js";
import { methodName, type ContractSubject } from "./subjects.js";
import { writesTime } from "./time-pattern.js";
import { cannedFetch, recordingFetch, type Exchange } from "./transport.js";

export type Params = Record<string, Record<string, unknown>>;
type Client = Record<string, unknown> & { use?: (middleware: unknown) => void };

const ENDPOINT = "http://contract.mock";
const PROJECT_ID = "contract-project";
const REQUEST_ID = "contract-request-id";

/** Lets a test play a client whose serialisation changed (an openapi-fetch middleware runs before signing). */
export type ConfigureClient = (client: Client) => void;

function mockFor(subject: ContractSubject): MockCloudHandler {
  return createMockCloud({ operations: subject.operations });
}

function makeClient(
  subject: ContractSubject,
  fetch: typeof globalThis.fetch,
  credentials: { ak: string; sk: string },
): Client {
  return subject.createClient({
    endpoint: ENDPOINT,
    projectId: PROJECT_ID,
    credentials,
    fetch,
    maxRetries: 0,
  }) as Client;
}

async function call(client: Client, operation: MockOperation, params: Params): Promise<unknown> {
  const method = client[methodName(operation)];
  if (typeof method !== "function") throw new Error(`the client has no method ${methodName(operation)}`);
  return (method as (params: Params, options: object) => Promise<unknown>).call(client, params, {});
}

/** The spec's example value for every parameter that has one (path parameters always get a value). */
export function exampleParameters(operation: MockOperation): Params {
  const params: Params = {};
  for (const parameter of callerParameters(operation)) {
    const value =
      exampleValue(operation, parameter) ??
      (parameter.in === "path" ? `example-${parameter.name}` : undefined);
    if (value !== undefined) (params[parameter.in] ??= {})[parameter.name] = value;
  }
  return params;
}

/** Problems with how the client sent `params`: refused by the mock, or not written as the spec says. */
export async function checkRequest(
  subject: ContractSubject,
  operation: MockOperation,
  params: Params,
  configure?: ConfigureClient,
  mock = mockFor(subject),
): Promise<string[]> {
  const exchanges: Exchange[] = [];
  const client = makeClient(subject, recordingFetch(mock, exchanges), mock.credentials);
  configure?.(client);
  try {
    await call(client, operation, params);
  } catch (error) {
    const detail =
      error instanceof HuaweiCloudError ? ` (${error.status} ${error.errorCode}: ${error.errorMsg})` : "";
    return [`the call failed: ${(error as Error).message}${detail}`];
  }
  const exchange = exchanges.at(-1);
  if (!exchange) return ["nothing reached the server"];
  return [...receivedAsSent(operation, params, exchange.request)];
}

function* receivedAsSent(operation: MockOperation, params: Params, request: Request): Generator<string> {
  const url = new URL(request.url);
  const matcher = pathTemplateMatcher(operation.pathTemplate);
  const values = matcher.match(url.pathname);
  if (!values) {
    yield `the path ${url.pathname} does not fit ${operation.pathTemplate}`;
    return;
  }
  for (const [index, name] of matcher.names.entries()) {
    const sent = params.path?.[name] ?? (name === "project_id" ? PROJECT_ID : undefined);
    const received = decodeURIComponent(values[index] ?? "");
    if (received !== String(sent))
      yield `path ${name}: sent ${JSON.stringify(sent)}, server read ${JSON.stringify(received)}`;
  }
  const query = params.query ?? {};
  for (const name of new Set(url.searchParams.keys())) {
    if (!(name in query)) yield `query ${name} reached the server but was not set`;
  }
  for (const parameter of callerParameters(operation).filter((p) => p.in === "query")) {
    const sent = query[parameter.name];
    if (sent === undefined) continue;
    const received = url.searchParams.getAll(parameter.name);
    const format = timeFormatOf(parameter);
    if (sent instanceof Date && format) {
      if (received.length !== 1 || !writesTime(received[0]!, format, sent)) {
        yield `query ${parameter.name}: sent ${sent.toISOString()}, server got ${JSON.stringify(received)} (want ${format})`;
      }
    } else if (!isDeepStrictEqual(received, [String(sent)])) {
      yield `query ${parameter.name}: sent ${JSON.stringify(sent)}, server got ${JSON.stringify(received)}`;
    }
  }
  for (const parameter of callerParameters(operation).filter((p) => p.in === "header")) {
    const sent = params.header?.[parameter.name];
    if (sent !== undefined && request.headers.get(parameter.name) !== String(sent)) {
      yield `header ${parameter.name}: sent ${JSON.stringify(sent)}, server got ${JSON.stringify(request.headers.get(parameter.name))}`;
    }
  }
}

/** fast-check: valid parameter sets from the spec reach the server as the spec says. Returns the counterexample. */
export async function checkRequestProperty(
  subject: ContractSubject,
  operation: MockOperation,
  options: { numRuns?: number; seed?: number; configure?: ConfigureClient } = {},
): Promise<string[]> {
  const mock = mockFor(subject);
  const result = await fc.check(
    fc.asyncProperty(validParameterSet(operation), async (params) => {
      const problems = await checkRequest(subject, operation, params, options.configure, mock);
      if (problems.length) throw new Error(problems.join("; "));
    }),
    { numRuns: options.numRuns ?? 60, seed: options.seed },
  );
  if (!result.failed) return [];
  return [
    `${(result.errorInstance as Error | undefined)?.message ?? "failed"} with ${JSON.stringify(result.counterexample?.[0])}`,
  ];
}

/** Each value the spec refuses is refused: by the mock with 400, or by the client before anything is sent. */
export async function checkInvalidRejected(
  subject: ContractSubject,
  operation: MockOperation,
): Promise<string[]> {
  const problems: string[] = [];
  const mock = mockFor(subject);
  for (const parameter of callerParameters(operation).filter((p) => p.in !== "path")) {
    const invalid = invalidValue(operation, parameter);
    if (!invalid) continue;
    const params = exampleParameters(operation);
    (params[parameter.in] ??= {})[parameter.name] = invalid.value;
    const exchanges: Exchange[] = [];
    const client = makeClient(subject, recordingFetch(mock, exchanges), mock.credentials);
    const what = `${parameter.in} ${parameter.name}=${JSON.stringify(invalid.value)} (${invalid.why})`;
    try {
      await call(client, operation, params);
      problems.push(`${what} was accepted`);
    } catch (error) {
      const refusedByClient = error instanceof HuaweiCloudConfigError && exchanges.length === 0;
      const refusedByServer =
        error instanceof HuaweiCloudError && error.status === 400 && !!error.errorCode && !!error.errorMsg;
      if (!refusedByClient && !refusedByServer)
        problems.push(`${what} failed oddly: ${(error as Error).message}`);
    }
  }
  return problems;
}

function statusOf(code: string): number {
  if (/^\d{3}$/.test(code)) return Number(code);
  if (/^[1-5]XX$/i.test(code)) return Number(code[0]) * 100;
  return 500;
}

/**
 * Every documented response, with its examples (an error without one gets a minimal body valid for its schema):
 * the example fits its schema, a success parses into the client's result and survives a JSON round trip, an error
 * becomes a HuaweiCloudError carrying the status, code, message, request id and body.
 */
export async function checkDocumentedResponses(
  subject: ContractSubject,
  operation: MockOperation,
): Promise<string[]> {
  const problems: string[] = [];
  const documented = subject.spec.operations.find((o) => o.operationId === operation.operationId)!.responses;
  for (const [code, { examples }] of Object.entries(operation.responses)) {
    const status = statusOf(code);
    const bodies = examples.length
      ? examples
      : status >= 400
        ? [{ error_code: "CONTRACT.0001", error_msg: `documented ${code}` }]
        : [];
    if (bodies.length === 0) problems.push(`${code} has no example`);
    const schemaPointer = documented[code]?.schemaPointer;
    for (const [index, body] of bodies.entries()) {
      const label = `${code} example ${index + 1}`;
      const errors = schemaPointer === undefined ? [] : subject.schemas.validate(schemaPointer, body);
      if (errors.length > 0) problems.push(`${label} does not fit its schema: ${errors.join("; ")}`);
      const client = makeClient(subject, cannedFetch(status, body, REQUEST_ID), { ak: "AK", sk: "SK" });
      try {
        const result = await call(client, operation, exampleParameters(operation));
        if (status >= 400) problems.push(`${label}: the client resolved instead of throwing`);
        else if (!isDeepStrictEqual(JSON.parse(JSON.stringify(result)), body))
          problems.push(`${label}: the result differs from the body`);
      } catch (error) {
        if (status < 400) {
          problems.push(`${label}: the client threw ${(error as Error).message}`);
          continue;
        }
        const expected = body as { error_code?: string; error_msg?: string };
        if (!(error instanceof HuaweiCloudError))
          problems.push(`${label}: threw ${String(error)}, not a HuaweiCloudError`);
        else if (
          error.status !== status ||
          error.errorCode !== expected.error_code ||
          error.errorMsg !== expected.error_msg ||
          error.requestId !== REQUEST_ID ||
          !isDeepStrictEqual(error.body, body)
        ) {
          problems.push(
            `${label}: HuaweiCloudError(${error.status}, ${error.errorCode}, ${error.errorMsg}, ${error.requestId}) does not carry the answer`,
          );
        }
      }
    }
  }
  return problems;
}

/** The client's paginator, run against a seeded list, yields every item exactly once. */
export async function checkPaginator(
  subject: ContractSubject,
  operation: MockOperation,
  itemsPerList = 45,
): Promise<string[]> {
  const pagination = operation.pagination;
  if (!pagination) return [];
  const mock = createMockCloud({
    operations: subject.operations,
    dataset: "seeded",
    itemsPerList,
  });
  const exchanges: Exchange[] = [];
  const client = makeClient(subject, recordingFetch(mock, exchanges), mock.credentials);
  const limitParameter = callerParameters(operation).find((p) => p.name === pagination.limitParam);
  const limit = pagination.limitValues?.[0] ?? 7;
  const textLimit = (limitParameter?.schema as { type?: unknown } | undefined)?.type === "string";
  const { path } = exampleParameters(operation);
  const paginate = (client.paginate as Record<string, (params: Params) => AsyncIterable<unknown>>)[
    methodName(operation)
  ];
  if (!paginate) return [`the client has no paginate.${methodName(operation)}`];
  const items: string[] = [];
  for await (const item of paginate({
    ...(path ? { path } : {}),
    query: { [pagination.limitParam]: textLimit ? String(limit) : limit },
  })) {
    items.push(JSON.stringify(item));
  }
  const problems: string[] = [];
  const pagesExpected = Math.ceil(itemsPerList / limit);
  if (items.length !== itemsPerList)
    problems.push(`the paginator yielded ${items.length} items, the list holds ${itemsPerList}`);
  if (new Set(items).size !== items.length) problems.push("the paginator yielded an item twice");
  if (exchanges.some((exchange) => exchange.status !== 200)) problems.push("a page request was refused");
  if (exchanges.length < pagesExpected)
    problems.push(`${exchanges.length} page requests for ${pagesExpected} pages`);
  return problems;
}
