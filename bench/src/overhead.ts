import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";
import { createDcsClient } from "@hwcloud/dcs";
import { signRequest } from "@hwcloud/signer";
import { credentials, listQuery, projectId } from "./fixture.js";
import { startCannedServer } from "./local-server.js";
import { officialListCenterTask } from "./official-client.js";
import { median, percentile } from "./stats.js";

export type OverheadRole = "ours" | "ours-fetch" | "floor-node" | "floor" | "official";

export interface LatencySummary {
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly calls: number;
}

export interface OverheadResult {
  readonly name: string;
  readonly role: OverheadRole;
  readonly sequential: LatencySummary;
  readonly concurrent: LatencySummary;
  /** This process's CPU time (user + system) per call over every timed call: what the client itself costs. */
  readonly cpuUsPerCall: number;
}

type Call = () => Promise<unknown>;

/** The Node floor: node:http over a keep-alive agent, headers computed once, the body parsed as JSON. */
function nodeHttpFloor(url: string, headers: Record<string, string>): Call {
  const agent = new Agent({ keepAlive: true });
  return () =>
    new Promise((resolve, reject) => {
      const outgoing = request(url, { headers, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          if (response.statusCode !== 200) reject(new Error(`node floor answered ${response.statusCode}`));
          else resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
        });
        response.on("error", reject);
      });
      outgoing.on("error", reject);
      outgoing.end();
    });
}

/** Runs `count` calls with `inFlight` at a time and returns each call's own duration in ms. */
async function timeCalls(call: Call, count: number, inFlight: number): Promise<number[]> {
  const durations: number[] = [];
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started++;
      const start = performance.now();
      await call();
      durations.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return durations;
}

const summarize = (samples: number[]): LatencySummary => ({
  medianMs: median(samples),
  p99Ms: percentile(samples, 0.99),
  calls: samples.length,
});

/**
 * Per-call latency of ListCenterTask against a local server that replays `page`: our client, raw fetch
 * with a signature computed once (the floor), and the official SDK core's HcClient. The calls are split
 * into slices taken in turn by each contender, so a burst of other load on the machine hits all alike.
 */
export async function benchOverhead(page: string, calls = 2000, inFlight = 16): Promise<OverheadResult[]> {
  const server = await startCannedServer(page);
  try {
    const url = `${server.origin}/v2/${projectId}/tasks?limit=${listQuery.limit}`;
    const signedHeaders = await signRequest(
      { method: "GET", url, headers: { "X-Project-Id": projectId, "Content-Type": "application/json" } },
      credentials,
    );
    const ours = createDcsClient({ endpoint: server.origin, projectId, credentials });
    const oursFetch = createDcsClient({
      endpoint: server.origin,
      projectId,
      credentials,
      transport: "fetch",
    });
    const contenders: Array<{ name: string; role: OverheadRole; call: Call }> = [
      {
        name: "@hwcloud/dcs listCenterTask (node:http, the default)",
        role: "ours",
        call: () => ours.listCenterTask({ query: listQuery }),
      },
      {
        name: "@hwcloud/dcs listCenterTask (transport: fetch)",
        role: "ours-fetch",
        call: () => oursFetch.listCenterTask({ query: listQuery }),
      },
      {
        name: "floor: node:http keep-alive + precomputed signature + JSON.parse",
        role: "floor-node",
        call: nodeHttpFloor(url, Object.fromEntries(signedHeaders)),
      },
      {
        name: "floor: fetch + precomputed signature + json()",
        role: "floor",
        call: async () => {
          const response = await fetch(url, { headers: signedHeaders });
          if (!response.ok) throw new Error(`floor call answered ${response.status}`);
          return response.json();
        },
      },
      {
        name: "official core HcClient.sendRequest (axios)",
        role: "official",
        call: officialListCenterTask(server.origin, credentials, projectId, listQuery),
      },
    ];
    for (const { name, call } of contenders) {
      const answer = (await call()) as { tasks?: unknown[] };
      if (!Array.isArray(answer.tasks)) throw new Error(`${name}: the answer has no tasks`);
      await timeCalls(call, 300, 4); // warm up connections and the JIT
    }
    const slices = 4;
    const samples = contenders.map(() => ({
      sequential: [] as number[],
      concurrent: [] as number[],
      cpuUs: 0,
    }));
    for (let slice = 0; slice < slices; slice++) {
      for (const [i, { call }] of contenders.entries()) {
        const cpu = process.cpuUsage();
        samples[i]!.sequential.push(...(await timeCalls(call, calls / slices, 1)));
        samples[i]!.concurrent.push(...(await timeCalls(call, calls / slices, inFlight)));
        const used = process.cpuUsage(cpu);
        samples[i]!.cpuUs += used.user + used.system;
      }
    }
    return contenders.map(({ name, role }, i) => ({
      name,
      role,
      sequential: summarize(samples[i]!.sequential),
      concurrent: summarize(samples[i]!.concurrent),
      cpuUsPerCall: samples[i]!.cpuUs / (2 * calls),
    }));
  } finally {
    await server.close();
  }
}
