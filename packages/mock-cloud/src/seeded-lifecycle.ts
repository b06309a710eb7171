import type { Lifecycle } from "./item-lifecycle.js";
import type { Random } from "./random.js";
import type { Phase, StatusVocabulary } from "./status-vocabulary.js";

export interface LifecycleTimes {
  /** When the mock started. */
  startedAt: number;
  /** When the first item in progress settles; the next ones follow every half of it. */
  jobDurationMs: number;
}

// A variant picks one of a phase's words (Kafka's CANCELLED or DELETED); random, so both show.
const variant = (random: Random) => random.int(0, 1023);

/**
 * An item still in progress when the mock starts, settling `jobDurationMs * (1 + index / 2)` after the start.
 * By index, the first of every three runs and succeeds; the second waits (pending), runs from half a duration
 * before its end, and fails; the third waits and is cancelled (where the service has a word for it), or runs and
 * ends either way. So a watch sees tasks start, change and finish in every way the service can say.
 */
export function inProgressLifecycle(
  vocabulary: StatusVocabulary,
  index: number,
  createdMs: number,
  random: Random,
  times: LifecycleTimes,
  reason: string,
): Lifecycle {
  const settlesAt = times.startedAt + times.jobDurationMs * (1 + index / 2);
  const runsAt = settlesAt - times.jobDurationMs / 2;
  const kind = index % 3;
  const steps: Lifecycle["steps"] = [];
  const step = (phase: Phase, atMs: number) => steps.push({ phase, variant: variant(random), atMs });

  const waits = kind !== 0 && vocabulary.pending !== undefined;
  // Cancelled while it waits; a service without a word for waiting cancels it while it runs.
  const cancelled = kind === 2 && vocabulary.cancelled !== undefined;
  if (waits) step("pending", createdMs);
  if (vocabulary.running && !(waits && cancelled)) step("running", waits ? runsAt : createdMs);
  if (steps.length === 0) step("pending", createdMs);

  const fails = kind === 1 || (kind === 2 && random.next() < 0.5);
  step(cancelled ? "cancelled" : fails && vocabulary.failure ? "failure" : "success", settlesAt);
  return { startedMs: createdMs, steps, reason };
}

/**
 * An item settled before the mock started. The `ordinal`-th settled item, for every third ordinal from 1, takes
 * the next of the rare words (each failure, cancelled and unlisted word once), so every word of the service shows
 * near the top of its list whatever the seed; the others succeed mostly, and fail, are cancelled or end in the
 * unlisted state at the rates a busy account sees.
 */
export function settledLifecycle(
  vocabulary: StatusVocabulary,
  ordinal: number,
  createdMs: number,
  random: Random,
  times: LifecycleTimes,
  reason: string,
): Lifecycle {
  const endedMs = Math.min(createdMs + random.int(2, 900) * 1000, times.startedAt - 1);
  const rare = (["failure", "cancelled", "unlisted"] as const).flatMap((phase) =>
    (vocabulary[phase] ?? []).map((_, index) => ({ phase, variant: index })),
  );
  const slot = ordinal % 3 === 1 ? rare[(ordinal - 1) / 3] : undefined;
  const roll = random.next();
  const drawn = slot ?? {
    phase: pickPhase(vocabulary, roll),
    variant: variant(random),
  };
  return {
    startedMs: createdMs,
    steps: [{ phase: drawn.phase, variant: drawn.variant, atMs: endedMs }],
    reason,
  };
}

function pickPhase(vocabulary: StatusVocabulary, roll: number): Phase {
  const odds: [Phase, number][] = [
    ["failure", 0.18],
    ["cancelled", 0.06],
    ["unlisted", 0.03],
  ];
  let bound = 0;
  for (const [phase, chance] of odds) {
    bound += chance;
    // A phase the service has no word for leaves its share to success.
    if (roll < bound) return vocabulary[phase] ? phase : "success";
  }
  return "success";
}
