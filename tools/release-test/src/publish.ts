import { run } from "./run.ts";
import type { LocalRegistry } from "./registry.ts";
import { bin, workspaceRoot } from "./workspace.ts";

/** Builds the public packages (turbo cache makes this instant when they are current). */
export async function buildPackages(): Promise<void> {
  await run(bin("turbo"), ["run", "build", "--filter=./packages/*", "--output-logs=errors-only"], {
    cwd: workspaceRoot,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    timeoutMs: 300_000,
  });
}

/**
 * Runs the same publish step as `pnpm release` (changeset publish, which calls `pnpm publish` per package and
 * so rewrites workspace: ranges), aimed at the local registry. No git tags: the repository is not touched.
 */
export async function publishWorkspace(registry: LocalRegistry): Promise<string> {
  return run(bin("changeset"), ["publish", "--no-git-tag"], {
    cwd: workspaceRoot,
    env: registry.env,
    timeoutMs: 180_000,
  });
}
