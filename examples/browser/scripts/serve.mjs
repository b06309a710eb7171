// @ts-check
// Serves the example page and the signing proxy (@hwcloud/proxy) from one origin, the set-up the page's
// "through a signing proxy" mode expects: the page calls /hwcloud/<service>/..., the proxy signs on the server.
// With HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK set it forwards to the real cloud (HUAWEICLOUD_SDK_REGION,
// default cn-north-4; HUAWEICLOUD_SDK_PROJECT_ID restricts it to one project); without them it starts the mock
// cloud. It tells the page so in example-config.json: the page then opens in proxy mode with the project and
// the resources that have tasks filled in (the mock's demo ones, or HUAWEICLOUD_DWS_CLUSTER_ID and
// HUAWEICLOUD_KAFKA_INSTANCE_ID).
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { buildPage, workspaceAlias } from "./build.mjs";

const exampleDir = fileURLToPath(new URL("../", import.meta.url));
const packagesDir = fileURLToPath(new URL("../../../packages/", import.meta.url));
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
};

/**
 * The proxy and the mock cloud, bundled from the workspace sources for Node (no package build needed).
 * @param {string} outdir
 */
async function loadServerModules(outdir) {
  await build({
    entryPoints: {
      proxy: `${packagesDir}proxy/src/index.ts`,
      "proxy-node": `${packagesDir}proxy/src/node.ts`,
      "mock-cloud": `${packagesDir}mock-cloud/src/index.ts`,
    },
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    alias: workspaceAlias,
    logLevel: "warning",
  });
  const load = (/** @type {string} */ name) => import(pathToFileURL(join(outdir, `${name}.mjs`)).href);
  return { proxy: await load("proxy"), node: await load("proxy-node"), mock: await load("mock-cloud") };
}

/**
 * Starts the page and proxy on 127.0.0.1 (`port` 0 picks a free one). Resolves with the page URL, what the
 * proxy talks to, and `close()`.
 */
export async function startExampleServer({
  port = 0,
  env = process.env,
  outdir = join(exampleDir, "dist"),
} = {}) {
  await buildPage(outdir);
  const modules = await loadServerModules(join(outdir, "server"));

  const real = Boolean(env.HUAWEICLOUD_SDK_AK && env.HUAWEICLOUD_SDK_SK);
  const mock = real ? undefined : await modules.mock.startMockCloud({ dataset: "seeded" });
  const services = ["dcs", "dws", "gaussdb-mysql", "kafka"];
  const handler = modules.proxy.createSigningProxy(
    real
      ? {
          credentials: {
            ak: env.HUAWEICLOUD_SDK_AK,
            sk: env.HUAWEICLOUD_SDK_SK,
            securityToken: env.HUAWEICLOUD_SDK_SECURITY_TOKEN || undefined,
          },
          region: env.HUAWEICLOUD_SDK_REGION || "cn-north-4",
          projectId: env.HUAWEICLOUD_SDK_PROJECT_ID || undefined,
        }
      : {
          credentials: mock.credentials,
          endpoints: Object.fromEntries(services.map((service) => [service, mock.url])),
        },
  );
  const proxy = modules.node.toNodeListener(handler);
  const upstream = real
    ? `Huawei Cloud (${env.HUAWEICLOUD_SDK_REGION || "cn-north-4"})`
    : `the mock cloud at ${mock.url}`;
  const projectId = real ? env.HUAWEICLOUD_SDK_PROJECT_ID || undefined : modules.mock.DEMO_PROJECT_ID;
  const ids = (/** @type {string | undefined} */ list) =>
    (list ?? "")
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean);
  const config = JSON.stringify({
    mode: "proxy",
    proxyUrl: "/hwcloud",
    projectId,
    upstream,
    dwsClusterIds: real ? ids(env.HUAWEICLOUD_DWS_CLUSTER_ID) : modules.mock.DEMO_RESOURCES.dwsClusterIds,
    kafkaInstanceIds: real
      ? ids(env.HUAWEICLOUD_KAFKA_INSTANCE_ID)
      : modules.mock.DEMO_RESOURCES.kafkaInstanceIds,
  });

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path.startsWith("/hwcloud/")) return proxy(req, res);
    if (path === "/example-config.json") {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(config);
    }
    const file = join(outdir, normalize(path === "/" ? "/index.html" : path).replace(/^(\.\.[/\\])+/, ""));
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          "content-type": types[/** @type {keyof types} */ (extname(file))] ?? "application/octet-stream",
        });
        res.end(body);
      },
      () => {
        res.writeHead(404).end();
      },
    );
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(undefined)));
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}/`,
    upstream,
    projectId,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await mock?.close();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8788);
  const running = await startExampleServer({ port });
  console.log(
    `Page and signing proxy on ${running.url} (proxy mount /hwcloud), forwarding to ${running.upstream}.`,
  );
  console.log(
    running.projectId
      ? `Open it: the page starts in "Through a signing proxy" mode with project ${running.projectId} filled in; press "List tasks" (no AK/SK in the page).`
      : `Open it: the page starts in "Through a signing proxy" mode; enter your project ID (or set HUAWEICLOUD_SDK_PROJECT_ID) and press "List tasks".`,
  );
  const stop = () => void running.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
