import type { ExampleHints } from "./generate-value.js";
import { OPEN_ENUM, type JsonSchema, type OpenApiDocument, type WaiterExtension } from "./openapi-types.js";
import { resolveRef } from "./resolve-ref.js";
import { statusVocabulary, type StatusVocabulary } from "./status-vocabulary.js";
import { END_FIELDS, START_FIELDS, timeStyleOf, writeTime, type TimeStyle } from "./time-fields.js";

/** Where a task or job stands at some instant. */
export interface ItemState {
  outcome: "running" | "success" | "failure";
  startedMs: number;
  /** Undefined while running. */
  endedMs?: number;
  reason?: string;
}

/** A task or job that runs until `finishesAt`, then settles on `outcome`. */
export interface Lifecycle {
  startedMs: number;
  finishesAt: number;
  outcome: "success" | "failure";
  reason: string;
}

export function stateAt(lifecycle: Lifecycle, now: number): ItemState {
  if (now < lifecycle.finishesAt) return { outcome: "running", startedMs: lifecycle.startedMs };
  return {
    outcome: lifecycle.outcome,
    startedMs: lifecycle.startedMs,
    endedMs: lifecycle.finishesAt,
    reason: lifecycle.outcome === "failure" ? lifecycle.reason : undefined,
  };
}

/** Which fields of an object schema carry a task's status, times and failure reason, and how they are written. */
export interface FieldPlan {
  status?: { field: string; vocabulary: StatusVocabulary };
  startFields: { field: string; style: TimeStyle }[];
  endFields: { field: string; style: TimeStyle; nullable: boolean }[];
  reason?: { field: string; nullable: boolean; samples: string[] };
}

export function planFields(
  schemaOrRef: unknown,
  document: OpenApiDocument,
  hints: ExampleHints,
  waiter?: WaiterExtension,
): FieldPlan {
  const schema = resolveRef<JsonSchema>(document, schemaOrRef as JsonSchema);
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const property = (name: string) => resolveRef<JsonSchema>(document, properties[name] as JsonSchema);
  const styleOf = (name: string): TimeStyle =>
    timeStyleOf(hints.values.get(name)?.find((v) => v !== null)) ??
    (([] as unknown[]).concat(property(name).type).includes("integer") ? "epoch-millis" : "iso-millis-z");

  const statusField = [waiter?.statusField, "status", "result"].find((name) => name && name in properties);
  const byWaiter = statusField !== undefined && statusField === waiter?.statusField;
  const enumValues = statusField ? (property(statusField).enum as string[] | undefined) : undefined;
  // An open value list (x-hwcloud-open-enum) names the known states without closing the set.
  const openValues = statusField ? (property(statusField)[OPEN_ENUM] as string[] | undefined) : undefined;
  const known = [...(enumValues ?? openValues ?? []), ...stringsIn(hints.values.get(statusField ?? ""))];
  const vocabulary = statusField
    ? statusVocabulary(known, {
        closed: enumValues !== undefined,
        success: byWaiter ? waiter?.success : undefined,
        failure: byWaiter ? waiter?.failure : undefined,
      })
    : undefined;

  const reasonField = [waiter?.reasonField, "fail_reason"].find((name) => name && name in properties);
  return {
    status: statusField && vocabulary ? { field: statusField, vocabulary } : undefined,
    startFields: START_FIELDS.filter((f) => f in properties).map((field) => ({
      field,
      style: styleOf(field),
    })),
    endFields: END_FIELDS.filter((f) => f in properties).map((field) => ({
      field,
      style: styleOf(field),
      nullable: allowsNull(property(field), document),
    })),
    reason: reasonField
      ? {
          field: reasonField,
          nullable: allowsNull(property(reasonField), document),
          samples: stringsIn(hints.values.get(reasonField)),
        }
      : undefined,
  };
}

/** Writes the state into `body`'s status, time and reason fields, as the plan says they are written. */
export function applyState(body: Record<string, unknown>, plan: FieldPlan, state: ItemState): void {
  const word = plan.status?.vocabulary[state.outcome];
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

/** The outcomes this plan can express (a status enum without a failure word never fails). */
export function canRun(plan: FieldPlan): boolean {
  return plan.status?.vocabulary.running !== undefined;
}

function stringsIn(values: unknown[] | undefined): string[] {
  return (values ?? []).filter((v): v is string => typeof v === "string");
}

function allowsNull(schema: JsonSchema, document: OpenApiDocument): boolean {
  if (([] as unknown[]).concat(schema.type).includes("null")) return true;
  const variants = (schema.oneOf ?? schema.anyOf ?? []) as unknown[];
  return variants.some((v) => resolveRef<JsonSchema>(document, v as JsonSchema).type === "null");
}
