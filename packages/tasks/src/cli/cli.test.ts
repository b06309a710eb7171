import { spawn, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { beforeAll, describe, expect, test } from "vitest";

// The CLI bundled from source next to this package's node_modules, so it runs as users run it, in its own process.
const packageDir = fileURLToPath(new URL("../../", import.meta.url));
const cli = `${packageDir}node_modules/.cache/hwcloud-tasks-test.mjs`;
beforeAll(() => {
  mkdirSync(`${packageDir}node_modules/.cache`, { recursive: true });
  buildSync({
    entryPoints: [`${packageDir}src/cli.ts`],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile: cli,
    logLevel: "warning",
  });
});

// No HUAWEICLOUD_SDK_* from the machine running the tests: the mock cloud is used.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith("HUAWEICLOUD_")),
);

function runPiped(args: string[], env: Record<string, string | undefined> = cleanEnv) {
  const result = spawnSync(process.execPath, [cli, ...args], { env, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Runs until `until` matches what it printed, then sends Ctrl+C the way a terminal (or a pipe's owner) would. */
function runUntil(
  command: string,
  args: string[],
  until: RegExp,
  interrupt: (child: ReturnType<typeof spawn>) => void,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...cleanEnv, TERM: "xterm", COLUMNS: "160" } });
    let out = "";
    let interrupted = false;
    const deadline = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no ${until} within 40 s; output:\n${out}`));
    }, 40_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (!interrupted && until.test(out)) {
        interrupted = true;
        interrupt(child);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(deadline);
      resolve({ code, out });
    });
  });
}

// Each test starts a Node process and a mock cloud: generous limits for a busy machine.
describe("hwcloud-tasks piped", { timeout: 60_000 }, () => {
  test("lists the mock's tasks newest first as a plain table, filtered by service and status", () => {
    const { code, out, err } = runPiped(["--since", "7d", "--service", "dcs,kafka", "--status", "failed"]);
    expect(err).toMatch(
      /^Tasks on the local mock cloud at http:\/\/127\.0\.0\.1:\d+ \(seeded data; set HUAWEICLOUD_SDK_AK/,
    );
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Started\s+Service\s+Task\s+Status\s+Took\s+Resource\s+Reason$/);
    const rows = lines.slice(2);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows)
      expect(row).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC  (DCS|Kafka)\s+\S+\s+failed\s/);
    // Why each DCS task failed, at a glance (Kafka records no reason).
    for (const row of rows.filter((row) => row.includes(" DCS "))) expect(row).toMatch(/\serror code \d+$/);
    const starts = rows.map((row) => Date.parse(`${row.slice(0, 19).replace(" ", "T")}Z`));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(out).not.toMatch(/\x1b/);
  });

  test("--json writes one task per line, times as ISO 8601, the raw item kept", () => {
    const { code, out } = runPiped(["--json", "--since", "24h", "--service", "gaussdb"]);
    expect(code).toBe(0);
    const tasks = out
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(tasks.length).toBeGreaterThan(3);
    for (const task of tasks) {
      expect(task).toMatchObject({
        service: "gaussdb",
        status: expect.stringMatching(/^(pending|running|succeeded|failed|cancelled|unknown)$/),
      });
      expect(task.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(task.raw.job_id).toBe(task.id);
    }
  });

  test.each([
    [
      ["--since", "yesterday"],
      /^hwcloud-tasks: --since must be a duration like 30m, 24h or 7d, got "yesterday"\./,
    ],
    [
      ["--service", "dcs,rds"],
      /^hwcloud-tasks: --service holds "rds", which is not one of dcs, dws, gaussdb, kafka\./,
    ],
    [["--status", "done"], /^hwcloud-tasks: --status holds "done", which is not one of pending, running/],
    [["--interval", "-5s"], /^hwcloud-tasks: --interval must be a duration/],
    [["--verbose"], /^hwcloud-tasks: --verbose is not an option\./],
  ])("bad usage %j exits 2 and says what is wrong, in two lines", (args, message) => {
    const { code, err, out } = runPiped(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trimEnd().split("\n")).toEqual([
      expect.any(String),
      "Run hwcloud-tasks --help for the options.",
    ]);
    expect(out).toBe("");
  });

  test("some keys but not all is an error naming the missing ones, and the SK never appears", () => {
    const { code, err } = runPiped([], {
      ...cleanEnv,
      HUAWEICLOUD_SDK_AK: "AKEXAMPLE",
      HUAWEICLOUD_SDK_SK: "very-secret-sk",
    });
    expect(code).toBe(2);
    expect(err).toMatch(
      /environment has HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK but not HUAWEICLOUD_SDK_REGION, HUAWEICLOUD_SDK_PROJECT_ID/,
    );
    expect(err).not.toContain("very-secret-sk");
  });

  test("--watch writes one plain line per event and stops cleanly on SIGINT", async () => {
    const { code, out } = await runUntil(
      process.execPath,
      [cli, "--watch", "--interval", "1s", "--since", "1h"],
      /  finished  /,
      (child) => child.kill("SIGINT"),
    );
    expect(code).toBe(0);
    expect(out).not.toMatch(/\x1b/);
    expect(out).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC  started   DCS  \S+  running/m);
    expect(out).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC  finished  \S+  \S+  (running|unknown \(running\)) -> (succeeded|failed)/m,
    );
  }, 60_000);
});

const hasScript = spawnSync("script", ["--version"]).status === 0;

describe.runIf(hasScript)("hwcloud-tasks in a terminal", { timeout: 60_000 }, () => {
  test("--watch draws a live table redrawn in place, and Ctrl+C restores the cursor", async () => {
    // util-linux script gives the CLI a pseudo-terminal; a Ctrl+C typed into it reaches the CLI as SIGINT.
    const command = `${process.execPath} ${cli} --watch --interval 1s --since 1h`;
    const { out } = await runUntil("script", ["-qfec", command, "/dev/null"], /succeeded|failed/, (child) =>
      child.stdin!.write("\x03"),
    );
    expect(out).toContain("\x1b[?25l");
    expect(out).toMatch(/Watching tasks \(every 1s\)/);
    expect(out).toMatch(/Started\s+Service\s+Task\s+Status\s+Took\s+Resource\s+Reason/);
    // Redrawn in place: the cursor goes back up over the previous drawing.
    expect(out).toMatch(/\x1b\[\d+F\x1b\[0J/);
    expect(out).toMatch(/\d+ in progress; Ctrl\+C to stop/);
    expect(out).toContain("\x1b[?25h");
  }, 60_000);
});
