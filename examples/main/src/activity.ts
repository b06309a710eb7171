/** One task or job, whatever service it comes from. */
export interface Activity {
  service: string;
  name: string;
  status: string;
  startedAt?: Date;
  endedAt?: Date;
  /** The DCS job behind a task, when there is one. */
  jobId?: string;
}

export type Outcome = "running" | "succeeded" | "failed";

/** Sorts the services' status words (SUCCESS, Completed, success, FAIL, Failed, EXECUTING, ...) into three. */
export function outcomeOf(status: string): Outcome {
  if (/fail|error/i.test(status)) return "failed";
  if (/succe|complet|finish|done/i.test(status)) return "succeeded";
  return "running";
}

/**
 * Reads the time formats the four services use: ISO 8601 with Z or +0000, "yyyy-MM-dd HH:mm:ss" (UTC) and
 * epoch milliseconds in a string.
 */
export function parseServiceTime(value: unknown): Date | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  const text = /^\d{13}$/.test(value)
    ? Number(value)
    : value
        .replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/, "$1T$2Z")
        .replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
