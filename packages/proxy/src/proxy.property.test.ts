import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeAdapter, webAdapter } from "../test/proxy-adapters.js";
import { rawRequest } from "../test/raw-http.js";
import { startRecordingUpstream } from "../test/recording-upstream.js";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { allowlist } from "./generated/allowlist.js";
import { toNodeListener } from "./node.js";
import { createSigningProxy } from "./proxy.js";
import { SIGNING_HEADERS } from "./headers.js";

// Generated request-targets, headers, Origins and answers thrown at the proxy, on the web handler and the
// Node adapter. Whatever comes in, the invariants hold: only allowlisted operations and headers go out,
// nothing is signed (no credentials are even loaded) before authorize says yes, credentials go to the
// configured endpoint only, and only allowlisted headers come back.
const KEYS = { ak: "PROPERTYAK0000000001", sk: "property-secret" };
const PAGE = "https://app.example";
const SELF = "https://my.site";
const RUNS = 100;

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
/** Headers the upstream adds to each answer, set per run. */
let answerHeaders: Record<string, string> = {};

beforeAll(async () => {
  upstream = await startRecordingUpstream({ [KEYS.ak]: KEYS.sk }, (_received, res) => {
    res.writeHead(200, { "content-type": "application/json", ...answerHeaders });
    res.end("{}");
  });
});
afterAll(() => upstream.close());

/** The spec's templates as patterns over a raw path below the endpoint. */
const TEMPLATES = allowlist.dcs!.operations.map((operation) => ({
  method: operation.method,
  pattern: new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, "[^/]+")}/?(\\?|$)`),
  headers: new Set([
    "accept",
    "accept-language",
    "content-type",
    ...operation.parameters.filter((p) => p.in === "header").map((p) => p.name.toLowerCase()),
  ]),
}));

const segment = fc.oneof(
  fc.constantFrom(
    "v2",
    "p1",
    "tasks",
    "jobs",
    "j1",
    "instances",
    "",
    ".",
    "..",
    "..;",
    "%2e%2e",
    "%2e%2e%3b",
  ),
  fc.constantFrom("%252e%252e", "%2f", "%5c", "%00", "%FF", "%E4%B8%AD", ";x=1", "\uFF0E\uFF0E", "a b"),
  fc.stringMatching(/^[A-Za-z0-9._~%;-]{1,12}$/),
);
const query = fc.constantFrom("", "?limit=10", "?offset=x", "?a=1&b=2");
// Half the targets are shaped like real operations with generated parameters, so some are forwarded.
const param = fc.oneof({ arbitrary: fc.stringMatching(/^[a-z0-9-]{1,10}$/), weight: 3 }, segment);
const goodQuery = fc.oneof({ arbitrary: fc.constantFrom("", "?limit=10"), weight: 3 }, query);
const operationLike = fc
  .tuple(param, param, goodQuery)
  .map(([a, b, q]) =>
    fc.constantFrom(`/hwcloud/dcs/v2/${a}/tasks${q}`, `/hwcloud/dcs/v2/${a}/jobs/${b}${q}`),
  );
const randomTarget = fc
  .tuple(
    fc.array(segment, { minLength: 1, maxLength: 6 }),
    fc.constantFrom("", "?limit=10", "?offset=x", "?a=1&b=2"),
  )
  .map(([segments, q]) => `/hwcloud/dcs/${segments.join("/")}${q}`);
const target = fc.oneof(
  operationLike.chain((shape) => shape),
  randomTarget,
);
const headerName = fc.oneof(
  fc.constantFrom(...SIGNING_HEADERS, "cookie", "x-forwarded-for", "x-project-id", "accept", "content-type"),
  fc.constantFrom("x-internal", "x-sdk-content-sha256", "x-forwarded-host", "forwarded", "x-real-ip"),
  fc.stringMatching(/^x-[a-z]{1,8}$/),
);
const origin = fc.option(fc.constantFrom(PAGE, SELF, "https://evil.test", "null", "http://app.example"), {
  nil: undefined,
});

describe.each([webAdapter, nodeAdapter()])("generated traffic through $name", (adapter) => {
  afterAll(() => adapter.closeAll());

  it("forwards only allowlisted operations and headers, only after authorize, only to the endpoint", async () => {
    let forwarded = 0;
    await fc.assert(
      fc.asyncProperty(
        target,
        fc.dictionary(headerName, fc.stringMatching(/^[a-z0-9]{6}$/), { maxKeys: 6 }),
        origin,
        fc.boolean(),
        async (path, pageHeaders, pageOrigin, allow) => {
          let authorizeCalls = 0;
          let credentialCalls = 0;
          const proxy = adapter.start({
            endpoints: { dcs: upstream.origin },
            allowedOrigins: [PAGE],
            authorize: () => {
              authorizeCalls += 1;
              return allow;
            },
            credentials: async () => {
              credentialCalls += 1;
              return KEYS;
            },
          });
          // Unique values, so a header the transport adds by itself can never pass for the page's.
          const values = Object.fromEntries(Object.entries(pageHeaders).map(([n, v]) => [n, `page-${v}`]));
          let request: Request;
          try {
            request = new Request(`${SELF}${path}`, {
              headers: { ...values, ...(pageOrigin === undefined ? {} : { origin: pageOrigin }) },
            });
          } catch {
            return; // not a URL a client could send
          }
          const before = upstream.received.length;
          const response = await proxy(request);
          await response.arrayBuffer();
          const sent = upstream.received.slice(before);

          if (!allow) expect(credentialCalls).toBe(0);
          expect(credentialCalls).toBeLessThanOrEqual(authorizeCalls);
          if (pageOrigin !== undefined && pageOrigin !== PAGE && pageOrigin !== SELF)
            expect(sent).toEqual([]);
          expect(sent.length).toBeLessThanOrEqual(1);
          forwarded += sent.length;
          for (const call of sent) {
            expect(allow).toBe(true);
            expect(call.url.startsWith(`${upstream.origin}/`)).toBe(true);
            expect(call.verified.ok).toBe(true);
            const rest = call.url.slice(upstream.origin.length);
            const operation = TEMPLATES.find((t) => t.method === call.method && t.pattern.test(rest));
            expect(operation, rest).toBeDefined();
            for (const [name, value] of Object.entries(values)) {
              if (!operation!.headers.has(name)) expect(call.headers.get(name), name).not.toBe(value);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
    // The invariants were checked on real forwards too, not only on refusals.
    expect(forwarded).toBeGreaterThan(0);
  });

  it("passes only allowlisted response headers to the page, whatever the cloud adds", async () => {
    const proxy = adapter.start({
      credentials: KEYS,
      endpoints: { dcs: upstream.origin },
      allowedOrigins: [PAGE],
    });
    const allowed = new Set(["content-type", "content-language", "date", "retry-after", "x-request-id"]);
    const transport = new Set(["connection", "keep-alive", "transfer-encoding", "content-length"]);
    const cors = new Set(["access-control-allow-origin", "access-control-expose-headers", "vary"]);
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.oneof(
            fc.constantFrom("strict-transport-security", "www-authenticate", "set-cookie", "x-request-id"),
            fc.constantFrom(
              "access-control-allow-origin",
              "access-control-allow-credentials",
              "server",
              "via",
            ),
            fc.stringMatching(/^x-[a-z]{1,8}$/),
          ),
          fc.stringMatching(/^[a-z0-9]{1,8}$/),
          { maxKeys: 6 },
        ),
        async (headers) => {
          answerHeaders = headers;
          const response = await proxy(
            new Request(`${SELF}/hwcloud/dcs/v2/p1/tasks`, { headers: { origin: PAGE } }),
          );
          await response.arrayBuffer();
          expect(response.status).toBe(200);
          for (const name of response.headers.keys()) {
            expect(allowed.has(name) || transport.has(name) || cors.has(name), name).toBe(true);
          }
          expect(response.headers.get("access-control-allow-origin")).toBe(PAGE);
        },
      ),
      { numRuns: RUNS },
    );
    answerHeaders = {};
  });
});

describe("generated raw request lines through the Node adapter", () => {
  it("forwards nothing but allowlisted paths of the endpoint, whatever the request line says", async () => {
    let forwarded = 0;
    const server = createServer(
      toNodeListener(createSigningProxy({ credentials: KEYS, endpoints: { dcs: upstream.origin } })),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    const prefix = fc.oneof(
      { arbitrary: fc.constant(""), weight: 6 },
      fc.constantFrom("/", "//", "http://evil.test", "http://127.0.0.1", "//evil.test", "*", "/hwcloud/dcs/"),
    );
    try {
      await fc.assert(
        fc.asyncProperty(
          prefix,
          target,
          fc.constantFrom(undefined, undefined, undefined, "http://evil.test"),
          async (start, path, from) => {
            const line = `${start}${start.endsWith("/") ? path.slice(1) : path}`;
            const before = upstream.received.length;
            const answer = await rawRequest(
              port,
              `GET ${line} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${from ? `Origin: ${from}\r\n` : ""}Connection: close\r\n\r\n`,
            );
            expect(answer.status).toBeGreaterThan(0);
            const sent = upstream.received.slice(before);
            forwarded += sent.length;
            if (!line.startsWith("/") || line.startsWith("//") || from !== undefined)
              expect(sent).toEqual([]);
            for (const call of sent) {
              const rest = call.url.slice(upstream.origin.length);
              expect(call.url.startsWith(`${upstream.origin}/`)).toBe(true);
              expect(
                TEMPLATES.some((t) => t.method === "GET" && t.pattern.test(rest)),
                rest,
              ).toBe(true);
            }
          },
        ),
        { numRuns: RUNS },
      );
      expect(forwarded).toBeGreaterThan(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
