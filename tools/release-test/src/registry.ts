import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface LocalRegistry {
  /** e.g. http://127.0.0.1:41883/ */
  readonly url: string;
  /** An npmrc pointing npm and pnpm at this registry, with the placeholder token npm insists on for publish. */
  readonly npmrc: string;
  /** Environment for npm, pnpm and changesets child processes: this registry only, no user config. */
  readonly env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

const serverScript = fileURLToPath(new URL("./verdaccio-server.cjs", import.meta.url));

/** The registry third-party packages (openapi-fetch and its helpers) are proxied from. */
function upstreamRegistry(): string {
  try {
    const configured = execFileSync("npm", ["config", "get", "registry"], { encoding: "utf8" }).trim();
    if (/^https?:\/\//.test(configured)) return configured;
  } catch {
    // npm missing or unreadable config: fall back to the public registry.
  }
  return "https://registry.npmjs.org/";
}

function verdaccioConfig(root: string, upstream: string): string {
  // @hwcloud/* never reaches the uplink, so a name taken on the real registry cannot shadow what we publish.
  return `storage: ${join(root, "storage")}
auth:
  htpasswd:
    file: ${join(root, "htpasswd")}
    max_users: -1
uplinks:
  upstream:
    url: ${upstream}
    timeout: 30s
packages:
  "@hwcloud/*":
    access: $all
    publish: $anonymous
    unpublish: $anonymous
  "**":
    access: $all
    proxy: upstream
server:
  keepAliveTimeout: 0
log: { type: stdout, format: pretty, level: error }
`;
}

/** Starts verdaccio on 127.0.0.1 (ephemeral port) with storage in a fresh temp dir, removed on stop. */
export async function startRegistry(): Promise<LocalRegistry> {
  const root = mkdtempSync(join(tmpdir(), "hwcloud-registry-"));
  const configPath = join(root, "config.yaml");
  writeFileSync(configPath, verdaccioConfig(root, upstreamRegistry()));

  const child = spawn(process.execPath, [serverScript, configPath], { stdio: ["pipe", "pipe", "pipe"] });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`verdaccio did not start in 30s:\n${output}`)), 30_000);
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /\{"url":"([^"]+)"\}/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`verdaccio exited with ${code}:\n${output}`));
    });
  });

  const npmrc = join(root, "npmrc");
  const hostPath = url.replace(/^https?:/, "");
  writeFileSync(npmrc, `registry=${url}\n${hostPath}:_authToken=anonymous-publish\n`);

  const env: NodeJS.ProcessEnv = { ...process.env };
  // Drop settings inherited from a parent npm/pnpm run (scripts export npm_config_*), then point at the registry.
  for (const key of Object.keys(env)) if (/^npm_config_/i.test(key)) delete env[key];
  Object.assign(env, {
    NPM_CONFIG_USERCONFIG: npmrc,
    npm_config_registry: url,
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
  });

  return {
    url,
    npmrc,
    env,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.stdin.end();
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
