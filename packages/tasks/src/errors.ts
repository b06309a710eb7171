import type { TaskService } from "./task.js";

/** A bad option given to the feed, the CLI or one of their methods, found before any request is sent. */
export class TaskOptionsError extends TypeError {
  // Spelled out so it survives minifiers that rename classes.
  override name = "TaskOptionsError";
  /** The option that is wrong, e.g. "watch.interval" or "kafka.instanceIds[1]". */
  readonly option: string;

  constructor(option: string, message: string) {
    super(`${option} ${message}`);
    this.option = option;
  }
}

/**
 * One service (or one of its clusters / instances) could not be listed; the others still were. `cause` is the
 * client's error (a HuaweiCloudError for an answer the service refused).
 */
export class TaskServiceError extends Error {
  override name = "TaskServiceError";
  readonly service: TaskService;
  /** The DWS cluster or Kafka instance asked about, for the services whose tasks are per resource. */
  readonly resourceId: string | undefined;

  constructor(service: TaskService, resourceId: string | undefined, cause: unknown) {
    super(`${service}${resourceId ? ` ${resourceId}` : ""}: ${describeCause(cause)}`, { cause });
    this.service = service;
    this.resourceId = resourceId;
  }
}

/** "400 DWS.0001 cluster_id must ..." from a HuaweiCloudError; the message of anything else. */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const { status, errorCode, errorMsg } = cause as Error & {
    status?: number;
    errorCode?: string;
    errorMsg?: string;
  };
  const code = [status, errorCode].filter((part) => part !== undefined).join(" ");
  return `${code ? `${code} ` : ""}${errorMsg ?? cause.message}`;
}
