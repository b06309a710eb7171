import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { credentials, listQuery, projectId } from "./fixture.js";
import { median } from "./stats.js";

const exec = promisify(execFile);

export interface ColdStartResult {
  readonly name: string;
  readonly role: "ours" | "official";
  readonly runs: number;
  /** Median ms from the start of the import to the first answer, measured inside the child. */
  readonly importAndCallMs: number;
  readonly importMs: number;
  /** Median ms from the child process's start (performance.timeOrigin) to the first answer. */
  readonly fromProcessStartMs: number;
}

interface Sample {
  importMs: number;
  callMs: number;
  sinceStart: number;
}

// Each script times itself: the import (module loading and evaluation), then building a client and
// making one call, as an application's first request after boot would.
const ourScript = `const t0 = performance.now();
const { createDcsClient } = await import("@hwcloud/dcs");
const t1 = performance.now();
const target = JSON.parse(process.env.BENCH_TARGET);
const client = createDcsClient({ endpoint: target.origin, projectId: target.projectId, credentials: target.credentials });
const page = await client.listCenterTask({ query: target.query });
if (!page.tasks) throw new Error("no tasks");
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, callMs: t2 - t1, sinceStart: t2 }));
`;

const officialScript = `const t0 = performance.now();
const { ClientBuilder } = require("@huaweicloud/huaweicloud-sdk-core/ClientBuilder");
const { BasicCredentials } = require("@huaweicloud/huaweicloud-sdk-core");
const t1 = performance.now();
const target = JSON.parse(process.env.BENCH_TARGET);
const credential = new BasicCredentials().withAk(target.credentials.ak).withSk(target.credentials.sk).withProjectId(target.projectId);
const client = new ClientBuilder((hc) => hc).withEndpoint(target.origin).withCredential(credential).build();
client.sendRequest({ method: "GET", url: "/v2/{project_id}/tasks", contentType: "application/json", headers: {},
  pathParams: { project_id: target.projectId }, queryParams: { ...target.query }, data: {} }).then((page) => {
  if (!page.tasks) throw new Error("no tasks");
  const t2 = performance.now();
  console.log(JSON.stringify({ importMs: t1 - t0, callMs: t2 - t1, sinceStart: t2 }));
});
`;

/**
 * Imports a service package and makes its first call in fresh child processes, from the installs made by
 * install.ts, ours and the official core taking turns; the median of `runs` each.
 */
export async function benchColdStart(
  origin: string,
  oursDir: string,
  officialDir: string,
  runs = 9,
): Promise<ColdStartResult[]> {
  writeFileSync(join(oursDir, "cold-start.mjs"), ourScript);
  writeFileSync(join(officialDir, "cold-start.cjs"), officialScript);
  const env = {
    ...process.env,
    BENCH_TARGET: JSON.stringify({ origin, projectId, credentials, query: listQuery }),
  };
  const contenders = [
    { name: "@hwcloud/dcs (ESM)", role: "ours" as const, dir: oursDir, script: "cold-start.mjs" },
    {
      name: "official core ClientBuilder + HcClient",
      role: "official" as const,
      dir: officialDir,
      script: "cold-start.cjs",
    },
  ];
  const samples = contenders.map(() => [] as Sample[]);
  for (let run = 0; run < runs; run++) {
    for (const [i, { dir, script }] of contenders.entries()) {
      const { stdout } = await exec(process.execPath, [script], { cwd: dir, env, timeout: 60_000 });
      samples[i]!.push(JSON.parse(stdout) as Sample);
    }
  }
  return contenders.map(({ name, role }, i) => {
    const mine = samples[i]!;
    return {
      name,
      role,
      runs: mine.length,
      importAndCallMs: median(mine.map((s) => s.importMs + s.callMs)),
      importMs: median(mine.map((s) => s.importMs)),
      fromProcessStartMs: median(mine.map((s) => s.sinceStart)),
    };
  });
}
