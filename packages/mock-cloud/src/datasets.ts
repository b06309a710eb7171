import { MockRequestError } from "./error-response.js";
import { collectHints, generateValue, type ExampleHints } from "./generate-value.js";
import { applyState, canRun, planFields, stateAt, type FieldPlan, type Lifecycle } from "./item-lifecycle.js";
import type { JsonSchema, MockOperation, MockResponse, MockWaiter } from "./mock-operation.js";
import { createRandom } from "./random.js";
import { inProgressLifecycle, settledLifecycle } from "./seeded-lifecycle.js";

/** Where answers come from: the spec's examples, or a larger generated set. */
export interface Dataset {
  /** Every item of a paging operation, newest first, as they stand at `now`. */
  listItems(operation: MockOperation, now: number): Record<string, unknown>[];
  /** The body the page's items and total are put into. */
  listEnvelope(operation: MockOperation): Record<string, unknown>;
  /** The body of a non-paging operation; throws a 404 MockRequestError when the addressed thing is unknown. */
  single(operation: MockOperation, path: Record<string, string>, now: number): Record<string, unknown>;
}

export interface SeededOptions {
  seed: number | string;
  /** Items per paging operation. */
  itemsPerList: number;
  /** How many of the newest items of each list are still running when the mock starts. */
  runningJobs: number;
  /** How long after the mock starts the first running job settles; later ones follow at half this interval. */
  jobDurationMs: number;
  /** When the mock started: generated times fall before it. */
  startedAt: number;
}

export function successSchema(operation: MockOperation): MockResponse {
  const status = Object.keys(operation.responses).find((code) => /^2\d\d$/.test(code));
  return (status && operation.responses[status]) || { examples: [] };
}

/** Answers with the spec's own examples; path ids the example also carries are echoed back. */
export class ExamplesDataset implements Dataset {
  listItems(operation: MockOperation): Record<string, unknown>[] {
    const items = this.listEnvelopeExample(operation)[operation.pagination?.items ?? ""];
    return Array.isArray(items) ? structuredClone(items) : [];
  }

  listEnvelope(operation: MockOperation): Record<string, unknown> {
    return structuredClone(this.listEnvelopeExample(operation));
  }

  single(operation: MockOperation, path: Record<string, string>): Record<string, unknown> {
    const { schema, examples } = successSchema(operation);
    const body = structuredClone(
      (examples[0] ??
        generateValue(schema ?? {}, generationContext(operation, "examples", Date.now()))) as Record<
        string,
        unknown
      >,
    );
    echoPathIds(body, path);
    return body;
  }

  private listEnvelopeExample(operation: MockOperation): Record<string, unknown> {
    return (successSchema(operation).examples[0] ?? {}) as Record<string, unknown>;
  }
}

interface SeededItem {
  body: Record<string, unknown>;
  lifecycle: Lifecycle;
}

/**
 * Hundreds of items per list, generated from the schemas and shaped like the examples, the same for the same
 * seed. The newest few are running and settle over time; a waiter operation (x-hwcloud-waiter) reports on the
 * list items whose id field matches its id parameter.
 */
export class SeededDataset implements Dataset {
  private readonly lists = new Map<MockOperation, { items: SeededItem[]; plan: FieldPlan }>();
  private readonly envelopes = new Map<MockOperation, Record<string, unknown>>();

  constructor(
    private readonly operations: readonly MockOperation[],
    private readonly options: SeededOptions,
  ) {}

  listItems(operation: MockOperation, now: number): Record<string, unknown>[] {
    const { items, plan } = this.list(operation);
    return items.map(({ body, lifecycle }) => {
      const copy = structuredClone(body);
      applyState(copy, plan, stateAt(lifecycle, now));
      return copy;
    });
  }

  listEnvelope(operation: MockOperation): Record<string, unknown> {
    let envelope = this.envelopes.get(operation);
    if (!envelope) {
      const context = generationContext(operation, this.options.seed, this.options.startedAt);
      const generated = generateValue(successSchema(operation).schema ?? {}, context);
      envelope =
        typeof generated === "object" && generated !== null ? (generated as Record<string, unknown>) : {};
      this.envelopes.set(operation, envelope);
    }
    return structuredClone(envelope);
  }

  single(operation: MockOperation, path: Record<string, string>, now: number): Record<string, unknown> {
    const { schema } = successSchema(operation);
    const waiter = operation.waiter;
    const key = waiter ? (path[waiter.idParam] ?? "") : JSON.stringify(path);
    const context = generationContext(operation, `${this.options.seed}:${key}`, this.options.startedAt);
    const body = (generateValue(schema ?? {}, context) ?? {}) as Record<string, unknown>;
    echoPathIds(body, path);
    if (!waiter) return body;

    const linked = this.findLinkedItem(operation, waiter.idParam, key);
    if (!linked) {
      throw new MockRequestError(404, "MOCK.0404", `${waiter.idParam} ${key} does not exist`);
    }
    for (const [field, value] of Object.entries(linked.body))
      if (field in body) body[field] = structuredClone(value);
    applyState(body, planFields(schema ?? {}, context.hints, waiter), stateAt(linked.lifecycle, now));
    return body;
  }

  /** The list item, in any paging operation of the same service, whose `idField` equals `id`. */
  private findLinkedItem(operation: MockOperation, idField: string, id: string): SeededItem | undefined {
    for (const other of this.operations) {
      if (other.service !== operation.service || !other.pagination) continue;
      const found = this.list(other).items.find((item) => item.body[idField] === id);
      if (found) return found;
    }
    return undefined;
  }

  /** The service's waiter (DCS ShowJobInfo) and the values its status field is known to take. */
  private waiterOf(operation: MockOperation): { waiter?: MockWaiter; values: string[] } {
    const polled = this.operations.find((other) => other.service === operation.service && other.waiter);
    if (!polled) return { values: [] };
    const { schema, examples } = successSchema(polled);
    const plan = planFields(schema ?? {}, collectHints(examples), polled.waiter);
    return { waiter: polled.waiter, values: plan.status?.values ?? [] };
  }

  private list(operation: MockOperation): { items: SeededItem[]; plan: FieldPlan } {
    const cached = this.lists.get(operation);
    if (cached) return cached;
    const { seed, itemsPerList, runningJobs, jobDurationMs, startedAt } = this.options;
    const itemSchema = listItemSchema(operation);
    const hints = collectHints(successSchema(operation).examples);
    const { waiter, values } = this.waiterOf(operation);
    const plan = planFields(itemSchema, hints, waiter, values);
    const reasons = plan.reason?.samples.length
      ? plan.reason.samples
      : ["The task failed (simulated by the mock cloud)."];
    const vocabulary = plan.status?.vocabulary ?? { success: [] };
    const inProgress = canRun(plan) ? Math.min(runningJobs, itemsPerList) : 0;

    let createdMs = startedAt;
    const items = Array.from({ length: itemsPerList }, (_, index): SeededItem => {
      const random = createRandom(seed, operation.service, operation.operationId, index);
      const running = index < inProgress;
      createdMs -= running ? random.int(20_000, 60_000) : random.int(3, 180) * 60_000;
      const body = generateValue(itemSchema, { random, hints, now: startedAt });
      const reason = random.pick(reasons);
      const times = { startedAt, jobDurationMs };
      const lifecycle = running
        ? inProgressLifecycle(vocabulary, index, createdMs, random, times, reason)
        : settledLifecycle(vocabulary, index - inProgress, createdMs, random, times, reason);
      return { body: body as Record<string, unknown>, lifecycle };
    });
    const list = { items, plan };
    this.lists.set(operation, list);
    return list;
  }
}

function listItemSchema(operation: MockOperation): JsonSchema {
  const { schema } = successSchema(operation);
  const itemsProperty = (schema?.properties as Record<string, JsonSchema> | undefined)?.[
    operation.pagination?.items ?? ""
  ];
  return (itemsProperty?.items ?? {}) as JsonSchema;
}

function generationContext(operation: MockOperation, seed: number | string, now: number) {
  const hints: ExampleHints = collectHints(successSchema(operation).examples);
  return {
    random: createRandom(seed, operation.service, operation.operationId),
    hints,
    now,
  };
}

/** Path ids (other than the project) that the body also carries are set to the requested ones. */
function echoPathIds(body: Record<string, unknown>, path: Record<string, string>): void {
  for (const [name, value] of Object.entries(path))
    if (name !== "project_id" && name in body) body[name] = value;
}
