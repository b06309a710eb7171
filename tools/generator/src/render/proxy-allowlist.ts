import type { ServiceSpec } from "@hwcloud-tools/spec-model";
import { compileAllowlist } from "../proxy-allowlist.js";
import { tsHeader } from "./header.js";

/** packages/proxy/src/generated/allowlist.ts: what the signing proxy may forward, as data. */
export function renderProxyAllowlist(specs: readonly ServiceSpec[]): string {
  return [
    tsHeader("specs/*.yaml"),
    `import type { Allowlist } from "../allowlist.js";`,
    ``,
    `/** Every operation of specs/ with the parameter rules the proxy checks before it signs, by service. */`,
    `export const allowlist: Allowlist = ${JSON.stringify(compileAllowlist(specs))};`,
    ``,
  ].join("\n");
}
