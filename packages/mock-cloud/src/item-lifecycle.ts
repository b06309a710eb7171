import type { ExampleHints } from "./generate-value.js";
import { OPEN_ENUM, type JsonSchema, type MockWaiter } from "./mock-operation.js";
import { isSettled, statusVocabulary, type Phase, type StatusVocabulary } from "./status-vocabulary.js";
import { END_FIELDS, START_FIELDS, timeStyleOf, writeTime, type TimeStyle } from "./time-fields.js";

/** Where a task or job stands at some instant. */
export interface ItemState {
  phase: Phase;
  /** Which of the phase's words, when it has several (Kafka's CANCELLED and DELETED). */
  variant: number;
  startedMs: number;
  /** Set once the item has settled. */
  endedMs?: number;
  reason?: string;
}

/** A task or job's way through its phases: each step holds from `atMs` on, and a settled phase is the last. */
export interface Lifecycle {
  startedMs: number;
  steps: { phase: Phase; variant: number; atMs: number }[];
  /** The failure text, shown only once it has failed. */
  reason: string;
}

export function stateAt(lifecycle: Lifecycle, now: number): ItemState {
  const [first, ...later] = lifecycle.steps;
  let step = first ?? { phase: "success" as const, variant: 0, atMs: lifecycle.startedMs };
  for (const next of later) if (next.atMs <= now) step = next;
  return {
    phase: step.phase,
    variant: step.variant,
    startedMs: lifecycle.startedMs,
    endedMs: isSettled(step.phase) ? step.atMs : undefined,
    reason: step.phase === "failure" ? lifecycle.reason : undefined,
  };
}

/** Which fields of an object schema carry a task's status, times and failure reason, and how they are written. */
export interface FieldPlan {
  /** `values`: every value the field is known to take (its value list, examples, a waiter's lists). */
  status?: { field: string; vocabulary: StatusVocabulary; values: string[] };
  startFields: { field: string; style: TimeStyle }[];
  endFields: { field: string; style: TimeStyle; nullable: boolean }[];
  reason?: { field: string; nullable: boolean; samples: string[] };
}

export function planFields(
  schema: JsonSchema,
  hints: ExampleHints,
  waiter?: MockWaiter,
  /** The values of the waiter operation's status field, which a list item linked to it shares. */
  waiterValues: readonly string[] = [],
): FieldPlan {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const property = (name: string): JsonSchema => properties[name] ?? {};
  const styleOf = (name: string): TimeStyle =>
    timeStyleOf(hints.values.get(name)?.find((v) => v !== null)) ??
    (([] as unknown[]).concat(property(name).type).includes("integer") ? "epoch-millis" : "iso-millis-z");

  const statusField = [waiter?.statusField, "status", "result"].find((name) => name && name in properties);
  const byWaiter = statusField !== undefined && statusField === waiter?.statusField;
  const enumValues = statusField ? (property(statusField).enum as string[] | undefined) : undefined;
  // An open value list (x-hwcloud-open-enum) names the known states without closing the set.
  const openValues = statusField ? (property(statusField)[OPEN_ENUM] as string[] | undefined) : undefined;
  const known = [
    ...(enumValues ?? openValues ?? []),
    ...(byWaiter ? waiterValues : []),
    ...stringsIn(hints.values.get(statusField ?? "")),
  ];
  const vocabulary = statusField
    ? statusVocabulary(known, {
        closed: enumValues !== undefined,
        success: byWaiter ? waiter?.success : undefined,
        failure: byWaiter ? waiter?.failure : undefined,
      })
    : undefined;

  const reasonField = [waiter?.reasonField, "fail_reason"].find((name) => name && name in properties);
  return {
    status: statusField && vocabulary ? { field: statusField, vocabulary, values: known } : undefined,
    startFields: START_FIELDS.filter((f) => f in properties).map((field) => ({
      field,
      style: styleOf(field),
    })),
    endFields: END_FIELDS.filter((f) => f in properties).map((field) => ({
      field,
      style: styleOf(field),
      nullable: allowsNull(property(field)),
    })),
    reason: reasonField
      ? {
          field: reasonField,
          nullable: allowsNull(property(reasonField)),
          samples: stringsIn(hints.values.get(reasonField)),
        }
      : undefined,
  };
}

/** Writes the state into `body`'s status, time and reason fields, as the plan says they are written. */
export function applyState(body: Record<string, unknown>, plan: FieldPlan, state: ItemState): void {
  const word = plan.status && wordFor(plan.status.vocabulary, state);
  if (plan.status && word !== undefined) body[plan.status.field] = word;
  for (const { field, style } of plan.startFields) body[field] = writeTime(state.startedMs, style);
  for (const { field, style, nullable } of plan.endFields) {
    if (state.endedMs !== undefined) body[field] = writeTime(state.endedMs, style);
    else if (nullable) body[field] = null;
    else delete body[field];
  }
  if (plan.reason) {
    if (state.reason !== undefined) body[plan.reason.field] = state.reason;
    else if (plan.reason.nullable) body[plan.reason.field] = null;
    else delete body[plan.reason.field];
  }
}

/** Whether this plan can show an item in progress (a closed value list may have no word for it). */
export function canRun(plan: FieldPlan): boolean {
  const vocabulary = plan.status?.vocabulary;
  return vocabulary?.running !== undefined || vocabulary?.pending !== undefined;
}

// A view of the item with fewer words than its list (a job read through another operation) says the nearest one.
const NEAREST: Partial<Record<Phase, Phase>> = {
  pending: "running",
  running: "pending",
  cancelled: "failure",
};

function wordFor(vocabulary: StatusVocabulary, state: ItemState): string | undefined {
  const words = vocabulary[state.phase] ?? vocabulary[NEAREST[state.phase] ?? state.phase];
  return words?.[state.variant % words.length];
}

function stringsIn(values: unknown[] | undefined): string[] {
  return (values ?? []).filter((v): v is string => typeof v === "string");
}

function allowsNull(schema: JsonSchema): boolean {
  if (([] as unknown[]).concat(schema.type).includes("null")) return true;
  const variants = (schema.oneOf ?? schema.anyOf ?? []) as JsonSchema[];
  return variants.some((v) => v.type === "null");
}
