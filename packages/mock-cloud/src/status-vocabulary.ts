/** Where a task or job stands; `unlisted` is a state the spec does not name (the services add states). */
export const PHASES = ["pending", "running", "success", "failure", "cancelled", "unlisted"] as const;
export type Phase = (typeof PHASES)[number];

/** Phases after which an item does not change any more. */
export function isSettled(phase: Phase): boolean {
  return phase !== "pending" && phase !== "running";
}

/** The words one status field uses, per phase, in the order the spec lists them. */
export type StatusVocabulary = Partial<Record<Phase, string[]>> & { success: string[] };

// Tried in this order, so that "createfail" is a failure and "CREATED" (not yet running) is pending.
const CLASSES: [Exclude<Phase, "unlisted">, RegExp][] = [
  ["failure", /fail|error|abort/i],
  ["cancelled", /cancel|delet|revok|terminat/i],
  ["success", /succe|complet|finish|done|^ok$/i],
  ["running", /run|execut|progress|doing/i],
  ["pending", /pend|init|creat|wait|queue|schedul/i],
];

/**
 * Sorts the values a status field is known to take (its value list, the spec's examples, a waiter's lists) into
 * phases. A listed value no pattern places is kept as `unlisted` (a state the mock cannot place is as good as
 * one it does not know), so every listed value still shows in the data.
 *
 * Unless the list is closed (an `enum`), one more word outside it joins `unlisted`, in the casing of the others,
 * because a client must cope with states the spec does not name: `suspended`, a settled state. When the field
 * names no word for a job in progress (DWS: "success or failed"), the word outside the list is `running`
 * instead, the state of its tasks in progress. Undefined without a success word.
 */
export function statusVocabulary(
  known: readonly string[],
  options: { closed: boolean; success?: readonly string[]; failure?: readonly string[] },
): StatusVocabulary | undefined {
  const words: Partial<Record<Phase, string[]>> = {};
  const add = (phase: Phase, word: string) => {
    const list = (words[phase] ??= []);
    if (!list.includes(word)) list.push(word);
  };
  for (const word of options.success ?? []) add("success", word);
  for (const word of options.failure ?? []) add("failure", word);
  for (const word of new Set(known)) {
    if (options.success?.includes(word) || options.failure?.includes(word)) continue;
    add(CLASSES.find(([, pattern]) => pattern.test(word))?.[0] ?? "unlisted", word);
  }
  const success = words.success?.[0];
  if (success === undefined) return undefined;
  if (!options.closed) {
    const inProgress = words.running ?? words.pending;
    if (inProgress) add("unlisted", inCaseOf(success, "suspended"));
    else add("running", inCaseOf(success, "running"));
    if (!words.failure) add("failure", inCaseOf(success, "failed"));
  }
  return { ...words, success: words.success! };
}

function inCaseOf(model: string, word: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] === model[0]?.toUpperCase()) return word[0]?.toUpperCase() + word.slice(1);
  return word;
}
