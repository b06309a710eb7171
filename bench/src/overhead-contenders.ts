import { Agent, request } from "node:http";
import { createDcsClient } from "@hwcloud/dcs";
import { signRequest } from "@hwcloud/signer";
import { credentials, listQuery, projectId } from "./fixture.js";
import { officialListCenterTask } from "./official-client.js";

export type OverheadRole = "ours" | "ours-fetch" | "floor-node" | "floor" | "floor-signal" | "official";

export type Call = () => Promise<unknown>;

/**
 * Calls each contender makes before it is timed, to warm up connections and the JIT: short of about 2,000
 * the hot paths are not all optimised yet, and a contender with more code of its own would pay for that in
 * its first slices.
 */
export const WARM_UP_CALLS = 2000;

/** What each contender is called in the report, in its order. */
export const contenderNames: Record<OverheadRole, string> = {
  ours: "@hwcloud/dcs listCenterTask (node:http, the default)",
  "ours-fetch": "@hwcloud/dcs listCenterTask (transport: fetch)",
  "floor-node": "floor: node:http keep-alive + precomputed signature + JSON.parse",
  floor: "floor: fetch + precomputed signature + json()",
  "floor-signal": "floor: fetch + precomputed signature + json() + an AbortSignal and timer per call",
  official: "official core HcClient.sendRequest (axios)",
};

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

/** One ListCenterTask call against the canned server at `origin`, the way `role` makes it. */
export async function contender(role: OverheadRole, origin: string): Promise<Call> {
  const url = `${origin}/v2/${projectId}/tasks?limit=${listQuery.limit}`;
  const signed = () =>
    signRequest(
      { method: "GET", url, headers: { "X-Project-Id": projectId, "Content-Type": "application/json" } },
      credentials,
    );
  switch (role) {
    case "ours": {
      const client = createDcsClient({ endpoint: origin, projectId, credentials });
      return () => client.listCenterTask({ query: listQuery });
    }
    case "ours-fetch": {
      const client = createDcsClient({ endpoint: origin, projectId, credentials, transport: "fetch" });
      return () => client.listCenterTask({ query: listQuery });
    }
    case "floor-node":
      return nodeHttpFloor(url, Object.fromEntries(await signed()));
    case "floor": {
      const headers = await signed();
      return async () => {
        const response = await fetch(url, { headers });
        if (!response.ok) throw new Error(`floor call answered ${response.status}`);
        return response.json();
      };
    }
    case "floor-signal": {
      // What any fetch client with a per-attempt timeout cannot avoid: a signal fetch follows, and a timer.
      const headers = await signed();
      return async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 60_000);
        try {
          const response = await fetch(url, { headers, signal: controller.signal });
          if (!response.ok) throw new Error(`floor call answered ${response.status}`);
          return await response.json();
        } finally {
          clearTimeout(timer);
        }
      };
    }
    case "official":
      return officialListCenterTask(origin, credentials, projectId, listQuery);
  }
}
