// `pnpm --filter @hwcloud-tools/bench bench:overhead`: the request-overhead benchmark alone, printed (RESULTS.md
// is left as it is). `-- --calls N` changes the number of timed calls per contender (default 2,000).
import { recordListCenterTaskPage } from "./fixture.js";
import { benchOverhead, OVERHEAD_SLICES, pairedRatio } from "./overhead.js";

const callsFlag = process.argv.indexOf("--calls");
const calls = callsFlag === -1 ? 2000 : Number(process.argv[callsFlag + 1]);
if (!Number.isInteger(calls) || calls <= 0 || calls % OVERHEAD_SLICES !== 0) {
  throw new Error(
    `--calls must be a multiple of ${OVERHEAD_SLICES} (the calls are taken in that many slices)`,
  );
}
const results = await benchOverhead(await recordListCenterTaskPage(), calls);
const floorNode = results.find((r) => r.role === "floor-node")!;
const floorFetch = results.find((r) => r.role === "floor")!;
console.log(
  `${calls} sequential + ${calls} concurrent (16 in flight) calls per client, Node ${process.version}`,
);
for (const r of results) {
  const floor = r.role === "ours-fetch" ? floorFetch : floorNode;
  const cpu = pairedRatio(r.cpuUsPerCallBySlice, floor.cpuUsPerCallBySlice);
  const inFlight = pairedRatio(r.concurrentMedianMsBySlice, floorNode.concurrentMedianMsBySlice);
  console.log(
    `${r.name.padEnd(66)} ${r.cpuUsPerCall.toFixed(0).padStart(5)} µs CPU/call ` +
      `(GC ${r.gcUsPerCall.toFixed(0)} µs) ` +
      `(${cpu.toFixed(2)}x ${floor.role}, slice-paired)  seq ${r.sequential.medianMs.toFixed(3)} ms  ` +
      `16 in flight ${r.concurrent.medianMs.toFixed(3)} ms (${inFlight.toFixed(2)}x floor-node, slice-paired)`,
  );
}
