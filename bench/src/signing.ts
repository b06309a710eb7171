// Signatures per second: @hwcloud/signer (Node fast path and WebCrypto path) against the official
// Huawei Cloud Node SDK signer, on the same 1,000 requests, plus the node:crypto floor (the two
// SHA-256 and one HMAC every signature needs, with the canonical text already built).
import { createHash, createHmac, createSecretKey } from "node:crypto";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import {
  canonicalRequest,
  checkCredentials,
  signCheckedRequest,
  signHeaders,
  signRequest,
} from "../../packages/signer/src/index.js";
import { webCryptoBackend } from "../../packages/signer/src/crypto.js";

const require = createRequire(import.meta.url);
const { AKSKSigner } = require("@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js") as {
  AKSKSigner: { sign(request: unknown, credential: unknown): Record<string, string> };
};

const credentials = { ak: "HPUAEXAMPLEAK000001", sk: "exampleSecretKey0123456789abcdefghijklmn" };
const officialCredentials = { getAk: () => credentials.ak, getSk: () => credentials.sk };
const sdkDate = "20260102T030405Z";
const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

interface BenchRequest {
  method: string;
  origin: string;
  path: string;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  json?: Record<string, unknown>;
}

/** Deterministic PRNG so every run signs the same requests. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRequests(count: number): BenchRequest[] {
  const random = mulberry32(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const id = () =>
    Math.floor(random() * 0xffffffff)
      .toString(16)
      .padStart(8, "0");
  const regions = ["cn-north-4", "cn-east-3", "ap-southeast-1", "la-south-2"];
  const services = ["dcs", "dws", "gaussdb", "dms"];
  const requests: BenchRequest[] = [];
  for (let i = 0; i < count; i++) {
    const project = `0${id()}${id()}`;
    const origin = `https://${pick(services)}.${pick(regions)}.myhuaweicloud.com`;
    const headers: Record<string, string> = {
      "X-Sdk-Date": sdkDate,
      "X-Project-Id": project,
      "Content-Type": "application/json",
    };
    const kind = random();
    if (kind < 0.5) {
      requests.push({
        method: "GET",
        origin,
        path: `/v2/${project}/center-tasks`,
        query: [
          ["start_time", "20260101000000"],
          ["end_time", "20260102000000"],
          ["limit", String(pick([10, 50, 100]))],
          ["offset", String(Math.floor(random() * 500))],
          ...(random() < 0.3 ? ([["name", `测试 ${id()}`]] as Array<[string, string]>) : []),
        ],
        headers,
      });
    } else if (kind < 0.8) {
      requests.push({
        method: "GET",
        origin,
        path: `/v2/${project}/jobs/${id()}${id()}`,
        query: [],
        headers,
      });
    } else if (kind < 0.95) {
      requests.push({
        method: "POST",
        origin,
        path: `/v2/${project}/instances/${id()}/topics`,
        query: [],
        headers,
        json: {
          id: `orders-${id()}`,
          partition: Math.ceil(random() * 12),
          replication: 3,
          sync_replication: random() < 0.5,
          retention_time: 72,
          description: "x".repeat(Math.floor(random() * 400)),
          tags: [{ key: "env", value: "prod" }],
        },
      });
    } else {
      requests.push({
        method: "DELETE",
        origin,
        path: `/v2/${project}/instances/${id()}`,
        query: [],
        headers,
      });
    }
  }
  return requests;
}

export type SigningRole =
  | "ours-node-checked"
  | "ours-node"
  | "ours-node-headers-copy"
  | "ours-webcrypto"
  | "official"
  | "floor";

export interface SigningResult {
  readonly requests: number;
  readonly results: ReadonlyArray<{ name: string; role: SigningRole; perSecond: number }>;
}

/** Signs the same 1,000 requests with every contender after checking they agree; best of five windows. */
export async function benchSigning(): Promise<SigningResult> {
  const requests = makeRequests(1000);
  const ours = requests.map((r) => ({
    method: r.method,
    url: `${r.origin}${r.path}${r.query.length ? "?" : ""}${r.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&")}`,
    headers: r.headers,
    body: r.json === undefined ? null : JSON.stringify(r.json),
  }));
  // What @hwcloud/core hands the checked entry: lower-case names, body bytes, credentials checked once.
  const checked = ours.map((r) => ({
    method: r.method,
    url: r.url,
    headers: Object.fromEntries(Object.entries(r.headers).map(([n, v]) => [n.toLowerCase(), v])),
    body: r.body === null ? null : new TextEncoder().encode(r.body),
  }));
  const checkedCredentials = checkCredentials(credentials);
  const official = requests.map((r) => ({
    endpoint: `${r.origin}${r.path}`,
    method: r.method,
    headers: r.headers,
    queryParams: Object.fromEntries(r.query),
    data: r.json,
  }));

  // Same requests, same signatures: checked before anything is timed.
  for (let i = 0; i < requests.length; i++) {
    const a = (await signHeaders(ours[i]!, credentials, { date })).authorization;
    const b = AKSKSigner.sign(
      { ...official[i]!, headers: { ...official[i]!.headers } },
      officialCredentials,
    ).Authorization;
    if (a !== b) throw new Error(`request ${i}: signatures differ\n${a}\n${b}`);
    const c = (await signCheckedRequest(checked[i]!, checkedCredentials, date)).authorization;
    if (c !== a) throw new Error(`request ${i}: signCheckedRequest differs\n${c}\n${a}`);
  }

  const floorInputs = await Promise.all(
    ours.map(async (r) => ({
      body: r.body,
      canonical: (await canonicalRequest(r, credentials, { date })).canonicalRequest,
    })),
  );

  /**
   * Signatures per CPU-second (user + system time of the whole process, WebCrypto's worker threads
   * included) over a window of at least `minMs`: on a shared machine wall-clock rates swing with
   * other load, CPU time much less.
   */
  async function measure(signAll: () => Promise<void> | void, minMs = 1000): Promise<number> {
    let rounds = 0;
    const start = performance.now();
    const cpu = process.cpuUsage();
    while (performance.now() - start < minMs) {
      await signAll();
      rounds++;
    }
    const used = process.cpuUsage(cpu);
    return (rounds * requests.length * 1e6) / (used.user + used.system);
  }

  const webCrypto = webCryptoBackend();
  const hmacKey = createSecretKey(Buffer.from(credentials.sk));
  const contenders: Array<[string, () => Promise<void> | void]> = [
    [
      "@hwcloud/signer signCheckedRequest (Node)",
      () => {
        for (const r of checked) signCheckedRequest(r, checkedCredentials, date);
      },
    ],
    [
      "@hwcloud/signer signHeaders (Node)",
      async () => {
        for (const r of ours) await signHeaders(r, credentials, { date });
      },
    ],
    [
      "@hwcloud/signer signRequest (Node, Headers copy)",
      async () => {
        for (const r of ours) await signRequest(r, credentials, { date });
      },
    ],
    [
      "@hwcloud/signer signHeaders (WebCrypto)",
      async () => {
        for (const r of ours) await signHeaders(r, credentials, { date, backend: webCrypto });
      },
    ],
    [
      "official @huaweicloud/huaweicloud-sdk-core",
      () => {
        for (const r of official) AKSKSigner.sign({ ...r, headers: { ...r.headers } }, officialCredentials);
      },
    ],
    [
      "floor: node:crypto SHA-256(s) + HMAC only",
      () => {
        for (const { body, canonical } of floorInputs) {
          if (body !== null) createHash("sha256").update(body).digest("hex");
          const hash = createHash("sha256").update(canonical).digest("hex");
          createHmac("sha256", hmacKey).update(`SDK-HMAC-SHA256\n${sdkDate}\n${hash}`).digest("hex");
        }
      },
    ],
  ];
  const roles: SigningRole[] = [
    "ours-node-checked",
    "ours-node",
    "ours-node-headers-copy",
    "ours-webcrypto",
    "official",
    "floor",
  ];

  // Warm up every contender, then keep the best of five interleaved windows each, so a busy
  // machine penalises all of them alike.
  for (const [, signAll] of contenders) await measure(signAll, 300);
  const best = new Map<string, number>();
  for (let round = 0; round < 5; round++) {
    for (const [name, signAll] of contenders)
      best.set(name, Math.max(best.get(name) ?? 0, await measure(signAll, 700)));
  }
  return {
    requests: requests.length,
    results: contenders.map(([name], i) => ({ name, role: roles[i]!, perSecond: best.get(name)! })),
  };
}
