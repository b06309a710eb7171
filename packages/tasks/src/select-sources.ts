import { TaskOptionsError } from "./errors.js";
import { describe } from "./options.js";
import type { TaskSource } from "./sources/source.js";
import { TASK_SERVICES } from "./task.js";

/** The sources of the named services; a name that is not a service, or not configured, is an error. */
export function selectSources(sources: TaskSource[], services: unknown, option: string): TaskSource[] {
  if (services === undefined) return sources;
  if (!Array.isArray(services) || services.length === 0)
    throw new TaskOptionsError(
      option,
      `must be a non-empty array of service names, got ${describe(services)}.`,
    );
  for (const name of services) {
    if (!(TASK_SERVICES as readonly unknown[]).includes(name))
      throw new TaskOptionsError(
        option,
        `holds ${describe(name)}, which is not one of ${TASK_SERVICES.join(", ")}.`,
      );
    if (!sources.some((source) => source.service === name))
      throw new TaskOptionsError(option, `holds "${name}", which the feed was not given a client for.`);
  }
  return sources.filter((source) => services.includes(source.service));
}
