import type { OperationDescriptor } from "./descriptor.js";
import { HuaweiCloudConfigError } from "./errors.js";
import { checkHeaderValue } from "./options.js";
import { formatTime } from "./time-format.js";

export interface CallParams {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, unknown>;
  /** JSON request body, for operations that take one. */
  body?: unknown;
}

export interface PreparedParams {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
}

const placeholderCache = new Map<string, string[]>();

/** The `{name}` placeholders of a path template, parsed once per template. */
function placeholders(template: string): string[] {
  let names = placeholderCache.get(template);
  if (names === undefined) {
    names = [...template.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]!);
    placeholderCache.set(template, names);
  }
  return names;
}

/** Dates become strings in the parameter's documented format; a Date elsewhere is a mistake worth naming. */
function formatDates(op: OperationDescriptor, where: "query" | "header", values: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(values)) {
    const value = values[name];
    if (value instanceof Date) {
      const format = op.timeFormats?.[name];
      if (format === undefined) {
        throw new HuaweiCloudConfigError(
          `${op.operationId}: ${where}.${name} is a Date, but the API documents no time format for it; pass a string.`,
        );
      }
      out[name] = formatTime(value, format);
    } else if (where === "header" && typeof value === "string") {
      out[name] = checkHeaderValue(`${op.operationId}: header.${name}`, value);
    } else {
      out[name] = value;
    }
  }
  return out;
}

/**
 * Turns an operation method's `{ path?, query?, header? }` into openapi-fetch params: `project_id` from the
 * client's projectId when the caller leaves it out, every path placeholder checked (present, not a dot
 * segment), header values checked, Dates formatted.
 */
export function prepareParams(
  op: OperationDescriptor,
  params: CallParams | undefined,
  projectId: string | undefined,
): PreparedParams {
  const path: Record<string, unknown> = { ...params?.path };
  for (const name of placeholders(op.path)) {
    const value = path[name];
    // "." and ".." survive percent-encoding and are then resolved by URL parsing: `job_id: ".."` would
    // call the parent resource instead of a job.
    if (value === "." || value === "..") {
      throw new HuaweiCloudConfigError(
        `${op.operationId}: path.${name} must not be "${value}", which would address a different path.`,
      );
    }
    if (value !== undefined && value !== null && value !== "") continue;
    if (name === "project_id" && projectId) {
      path[name] = projectId;
      continue;
    }
    throw new HuaweiCloudConfigError(
      name === "project_id"
        ? `${op.operationId}: no project id; pass projectId in the client options or path.project_id, or set HUAWEICLOUD_SDK_PROJECT_ID.`
        : `${op.operationId}: path.${name} is required.`,
    );
  }
  return {
    path,
    query: formatDates(op, "query", params?.query ?? {}),
    header: formatDates(op, "header", params?.header ?? {}),
  };
}
