import { loadServiceSpec } from "@hwcloud-tools/spec-model";

/** The 200 body a spec documents for an operation (its first example), so a test can reply with it. */
export async function okExample(specPath: string, operationId: string): Promise<unknown> {
  const spec = await loadServiceSpec(specPath);
  const operation = spec.operations.find((candidate) => candidate.operationId === operationId);
  if (operation === undefined) throw new Error(`${specPath} has no operation ${operationId}`);
  return operation.responses["200"]?.examples[0] ?? {};
}
