import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HuaweiCloudConfigError, HuaweiCloudError } from "./errors.js";
import { AK, SK, TOKEN, signatureOf } from "./test-support/signature.js";
import { createTestClient } from "./test-support/fixture-service.js";
import { json, startServer, type TestServer } from "./test-support/server.js";
import type { ClientOptions } from "./types.js";

// Invariants of the client, through its own transport and real servers on 127.0.0.1:
// a credential never reaches an origin other than the endpoint's, and bad options never send traffic.
let endpoint: TestServer;
let elsewhere: TestServer;
// What the endpoint answers next: a redirect to a generated Location, or a plain 200.
let nextLocation: { status: number; location: string } | undefined;

beforeAll(async () => {
  elsewhere = await startServer((_req, res) => json(res, 200, { tasks: [], count: 0 }));
  endpoint = await startServer((req, res) => {
    if (nextLocation && !req.path.includes("/landed")) {
      res.writeHead(nextLocation.status, { Location: nextLocation.location });
      res.end();
    } else json(res, 200, { tasks: [], count: 0 });
  });
});
afterAll(async () => {
  await Promise.all([endpoint.close(), elsewhere.close()]);
});

const otherPort = () => new URL(elsewhere.url).port;
const ownPort = () => new URL(endpoint.url).port;

/** Locations pointing away from the endpoint's origin, in the spellings a hostile server might use. */
const foreignLocation = fc.oneof(
  fc.constant(() => `${elsewhere.url}/x`),
  fc.constant(() => `//127.0.0.1:${otherPort()}/x`),
  fc.constant(() => `http://localhost:${otherPort()}/x`),
  fc.constant(() => `http://user@127.0.0.1:${otherPort()}/x`),
  fc.constant(() => `HTTP://127.0.0.1:${otherPort()}/x`),
  fc.constant(() => `https://127.0.0.1:${ownPort()}/x`),
  fc.constant(() => `http://[::1]:${otherPort()}/x`),
  fc.constant(() => `/\\127.0.0.1:${otherPort()}/x`),
);
/** Locations on the endpoint's own origin. */
const ownLocation = fc.constantFrom("/landed/a", "landed/b", `/landed/c?x=1`, "./landed/d");

const credentialsArb = fc.constantFrom<ClientOptions["credentials"]>(
  { ak: AK, sk: SK, securityToken: TOKEN },
  { ak: AK, sk: SK },
  { iamToken: TOKEN },
  async () => ({ ak: AK, sk: SK, securityToken: TOKEN }),
);

describe("the client, property-based", () => {
  it("never sends a credential to another origin, whatever redirect the endpoint answers", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(301, 302, 303, 307, 308),
        fc.oneof(
          foreignLocation.map((f) => ({ foreign: true, make: f })),
          ownLocation.map((l) => ({ foreign: false, make: () => l })),
        ),
        credentialsArb,
        fc.constantFrom("listTasks", "createThing"),
        async (status, target, credentials, operation) => {
          const seenElsewhere = elsewhere.requests.length;
          const seenHere = endpoint.requests.length;
          nextLocation = { status, location: target.make() };
          const client = createTestClient({
            endpoint: endpoint.url,
            projectId: "p",
            credentials,
            maxRetries: 0,
          });
          const call =
            operation === "listTasks" ? client.listTasks() : client.createThing({ body: { name: "n" } });
          const outcome = await call.then(
            () => "ok",
            (error: unknown) => error,
          );
          nextLocation = undefined;
          expect(elsewhere.requests.length).toBe(seenElsewhere);
          const here = endpoint.requests.slice(seenHere);
          if (target.foreign) {
            expect(outcome).toBeInstanceOf(HuaweiCloudError);
            expect(outcome).toMatchObject({ kind: "redirect" });
          } else {
            expect(outcome).toBe("ok");
            // Every hop that carried a signature carried a valid one for the URL it was sent to.
            for (const request of here) {
              if (request.headers.authorization)
                expect(await signatureOf(request)).toMatchObject({ ok: true });
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  // An independent statement of the rules: which values each option accepts.
  const nonNegative = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0;
  const count = (v: unknown) => nonNegative(v) && Number.isInteger(v);
  const positiveCount = (v: unknown) => count(v) && (v as number) >= 1;
  const finite = (v: unknown) => typeof v === "number" && Number.isFinite(v);
  const rules: Record<string, (v: unknown) => boolean> = {
    timeout: nonNegative,
    maxRetries: count,
    clockOffsetMs: finite,
    maxResponseBytes: positiveCount,
    maxPages: positiveCount,
    baseMs: nonNegative,
    maxMs: nonNegative,
  };
  const value = fc.option(
    fc.oneof(
      fc.integer({ min: -5, max: 100_000 }),
      fc.double(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 0.5, "10", null, true, {}, []),
    ),
    { nil: undefined },
  );

  it("refuses bad option values with HuaweiCloudConfigError before any traffic, and accepts good ones", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          timeout: value,
          maxRetries: value,
          clockOffsetMs: value,
          maxResponseBytes: value,
          maxPages: value,
          baseMs: value,
          maxMs: value,
        }),
        fc.record({ timeout: value, maxRetries: value, maxResponseBytes: value }),
        async (given, call) => {
          const seen = endpoint.requests.length;
          const valid = (record: Record<string, unknown>) =>
            Object.entries(record).every(([name, v]) => v === undefined || rules[name]!(v));
          const { baseMs, maxMs, ...rest } = given;
          const options = {
            endpoint: endpoint.url,
            projectId: "p",
            credentials: "none" as const,
            ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
            ...(baseMs === undefined && maxMs === undefined ? {} : { retryDelay: { baseMs, maxMs } }),
          } as ClientOptions;
          let client: ReturnType<typeof createTestClient>;
          try {
            client = createTestClient(options);
          } catch (error) {
            expect(error).toBeInstanceOf(HuaweiCloudConfigError);
            expect(valid(given)).toBe(false);
            expect(endpoint.requests.length).toBe(seen);
            return;
          }
          expect(valid(given)).toBe(true);
          // A valid draw can be a tiny timeout with thousands of retries 100 s apart: the signal bounds how long
          // one such call may keep the property waiting (an abort is not a config error, so the checks hold).
          const callOptions = {
            ...Object.fromEntries(Object.entries(call).filter(([, v]) => v !== undefined)),
            signal: AbortSignal.timeout(2_000),
          };
          const outcome = await client.listTasks(undefined, callOptions as never).catch((e: unknown) => e);
          if (valid(call)) {
            expect(outcome).not.toBeInstanceOf(HuaweiCloudConfigError);
          } else {
            expect(outcome).toBeInstanceOf(HuaweiCloudConfigError);
            expect(endpoint.requests.length).toBe(seen);
          }
        },
      ),
      { numRuns: 200 },
    );
    // 200 clients and calls: more than the default 5 s on a busy shared machine.
  }, 30_000);
});
