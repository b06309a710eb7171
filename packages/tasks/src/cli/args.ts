import { TaskOptionsError } from "../errors.js";
import { TASK_SERVICES, TASK_STATUSES, type TaskService, type TaskStatus } from "../task.js";

export interface CliOptions {
  help: boolean;
  /** How far back to list (and, with --watch, how far back each poll looks), in milliseconds. */
  sinceMs: number;
  services: TaskService[] | undefined;
  statuses: TaskStatus[] | undefined;
  json: boolean;
  watch: boolean;
  intervalMs: number;
  dwsClusterIds: string[] | undefined;
  kafkaInstanceIds: string[] | undefined;
}

export const USAGE = `Usage: hwcloud-tasks [options]

Lists the background tasks of DCS, DWS, GaussDB for MySQL and Kafka, newest first, in one vocabulary.

  --since DURATION        how far back: 30m, 24h, 7d (default 24h)
  --service LIST          only these services: ${TASK_SERVICES.join(",")}
  --status LIST           only tasks in these states: ${TASK_STATUSES.join(",")}
  --json                  one JSON object per line (tasks, or events with --watch)
  --watch                 keep polling and show what starts, changes and finishes
  --interval DURATION     time between polls with --watch (default 5s)
  --dws-cluster IDS       DWS cluster ids, comma-separated (or HUAWEICLOUD_DWS_CLUSTER_ID)
  --kafka-instance IDS    Kafka instance ids, comma-separated (or HUAWEICLOUD_KAFKA_INSTANCE_ID)
  --help                  this text

Keys come from HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK (HUAWEICLOUD_SDK_SECURITY_TOKEN), HUAWEICLOUD_SDK_REGION
and HUAWEICLOUD_SDK_PROJECT_ID. With none of them set, it runs against a local mock cloud with demo data.
Exit status: 0, 1 when a service could not be listed (the others are still shown), 2 for bad usage.`;

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "90s", "30m", "24h", "7d" in milliseconds. */
export function parseDuration(option: string, text: string, bounds: { min: number; max: number }): number {
  const match = /^(\d+(?:\.\d+)?)(s|m|h|d)$/.exec(text);
  if (!match)
    throw new TaskOptionsError(
      option,
      `must be a duration like 30m, 24h or 7d, got ${JSON.stringify(text)}.`,
    );
  const ms = Number(match[1]) * UNITS[match[2]!]!;
  if (ms < bounds.min || ms > bounds.max)
    throw new TaskOptionsError(
      option,
      `must be between ${bounds.min / 1000}s and ${bounds.max / 86_400_000}d, got ${text}.`,
    );
  return ms;
}

function parseList<T extends string>(option: string, text: string, allowed: readonly T[]): T[] {
  const values = text.split(",").map((value) => value.trim());
  for (const value of values)
    if (!(allowed as readonly string[]).includes(value))
      throw new TaskOptionsError(
        option,
        `holds ${JSON.stringify(value)}, which is not one of ${allowed.join(", ")}.`,
      );
  return [...new Set(values)] as T[];
}

function parseIds(option: string, text: string): string[] {
  const ids = text.split(",").map((id) => id.trim());
  if (ids.some((id) => id === ""))
    throw new TaskOptionsError(option, `must be ids separated by commas, got ${JSON.stringify(text)}.`);
  return ids;
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    help: false,
    sinceMs: 86_400_000,
    services: undefined,
    statuses: undefined,
    json: false,
    watch: false,
    intervalMs: 5000,
    dwsClusterIds: undefined,
    kafkaInstanceIds: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || (inline === undefined && next.startsWith("--")))
        throw new TaskOptionsError(flag, "needs a value.");
      return next;
    };
    switch (flag) {
      case "--help":
      case "-h":
        options.help = true;
        break;
      case "--json":
        options.json = true;
        break;
      case "--watch":
        options.watch = true;
        break;
      case "--since":
        options.sinceMs = parseDuration(flag, value(), { min: 1000, max: 30 * 86_400_000 });
        break;
      case "--interval":
        options.intervalMs = parseDuration(flag, value(), { min: 1000, max: 3_600_000 });
        break;
      case "--service":
        options.services = parseList(flag, value(), TASK_SERVICES);
        break;
      case "--status":
        options.statuses = parseList(flag, value(), TASK_STATUSES);
        break;
      case "--dws-cluster":
        options.dwsClusterIds = parseIds(flag, value());
        break;
      case "--kafka-instance":
        options.kafkaInstanceIds = parseIds(flag, value());
        break;
      default:
        throw new TaskOptionsError(arg, "is not an option.");
    }
  }
  return options;
}
