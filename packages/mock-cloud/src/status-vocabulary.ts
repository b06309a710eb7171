/** The words one status field uses for a job in progress, a success and a failure. */
export interface StatusVocabulary {
  running?: string;
  success: string;
  failure?: string;
}

// In order of preference: a job that is running beats one that is queued.
const RUNNING = [/run|execut|progress|doing/i, /pend|init|creat|wait|queue/i];
const FAILURE = /fail|error|abort/i;
const SUCCESS = /succe|complet|finish|done|^ok$/i;

/**
 * Sorts the values a status field is known to take (its enum, the spec's examples, a waiter's lists) into running,
 * success and failure. When the field is free text and lacks a word, one is made in the casing of its others
 * (SUCCESS -> RUNNING, Completed -> Running); an enum is never extended.
 */
export function statusVocabulary(
  known: readonly string[],
  options: { closed: boolean; success?: readonly string[]; failure?: readonly string[] },
): StatusVocabulary | undefined {
  const success = options.success?.[0] ?? known.find((v) => SUCCESS.test(v));
  if (success === undefined) return undefined;
  let running = RUNNING.map((pattern) =>
    known.find((v) => pattern.test(v) && !SUCCESS.test(v) && !FAILURE.test(v)),
  ).find((v) => v !== undefined);
  let failure = options.failure?.[0] ?? known.find((v) => FAILURE.test(v));
  if (!options.closed) {
    running ??= inCaseOf(success, "running");
    failure ??= inCaseOf(success, "failed");
  }
  return { running, success, failure };
}

function inCaseOf(model: string, word: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] === model[0]?.toUpperCase()) return word[0]?.toUpperCase() + word.slice(1);
  return word;
}
