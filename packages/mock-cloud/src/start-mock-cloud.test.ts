import { signRequest } from "@hwcloud/signer";
import { afterAll, beforeAll, expect, test } from "vitest";
import { DEMO_CREDENTIALS } from "./create-mock-cloud.js";
import { startMockCloud, type RunningMockCloud } from "./start-mock-cloud.js";

let mock: RunningMockCloud;
beforeAll(async () => {
  mock = await startMockCloud({ dataset: "seeded" });
});
afterAll(() => mock.close());

test("listens on an ephemeral 127.0.0.1 port and serves the bundled specs", async () => {
  expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
  expect(mock.port).toBeGreaterThan(0);
  expect(new Set(mock.operations.map((operation) => operation.service))).toEqual(
    new Set(["dcs", "dws", "gaussdb-mysql", "kafka"]),
  );
});

test("answers a signed request over HTTP (the Host header with the port is part of the signature)", async () => {
  const url = `${mock.url}/v2/0a1b2c3d4e5f60718293a4b5c6d7e8f9/tasks?limit=3`;
  const headers = await signRequest({ method: "GET", url, headers: {} }, mock.credentials);
  const response = await fetch(url, { headers });
  expect(response.status).toBe(200);
  expect(((await response.json()) as { tasks: unknown[] }).tasks).toHaveLength(3);
  expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f]{32}$/);
});

test("uses the demo credentials unless given others", () => {
  expect(mock.credentials).toEqual(DEMO_CREDENTIALS);
});

test("close() stops listening", async () => {
  const other = await startMockCloud();
  await other.close();
  await expect(fetch(`${other.url}/v2/p/tasks`)).rejects.toThrow();
});
