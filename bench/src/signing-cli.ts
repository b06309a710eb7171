// `pnpm --filter @hwcloud-tools/bench bench:signing`: the signing benchmark alone, printed.
import { benchSigning } from "./signing.js";

const { requests, results } = await benchSigning();
console.log(
  `Signing ${requests} realistic requests (identical signatures verified), Node ${process.version}`,
);
for (const { name, perSecond } of results) {
  const rate = Math.round(perSecond).toLocaleString("en-US").padStart(10);
  console.log(
    `${name.padEnd(46)} ${rate} signatures/CPU-s  ${(1e6 / perSecond).toFixed(1).padStart(7)} µs each`,
  );
}
