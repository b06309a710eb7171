import { readFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";

export interface Machine {
  readonly node: string;
  readonly cpu: string;
  readonly cores: number;
  /** 1-minute load average when the run started: other work on the machine skews every number. */
  readonly load: number;
}

/** What the numbers were measured on; the CPU model comes from /proc/cpuinfo where there is one. */
export function describeMachine(): Machine {
  let cpu = cpus()[0]?.model ?? "unknown";
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) cpu = line.slice(line.indexOf(":") + 1).trim();
  } catch {
    // not Linux: os.cpus() already named it
  }
  return { node: process.version, cpu, cores: availableParallelism(), load: loadavg()[0]! };
}
