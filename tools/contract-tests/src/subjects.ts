import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { MockOperation } from "@hwcloud/mock-cloud";
import { compileMockOperations } from "@hwcloud-tools/generator/mock-operations";
import {
  buildServiceSpec,
  createSpecSchemaValidator,
  isSpecFile,
  parseSpec,
  serviceNameOf,
  type ServiceSpec,
  type SpecSchemaValidator,
} from "@hwcloud-tools/spec-model";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** A generated client's factory, seen without its service-specific types. */
export type ClientFactory = (options: Record<string, unknown>) => Record<string, unknown>;

/** One spec and the generated client made from it: what the contract is checked between. */
export interface ContractSubject {
  service: string;
  spec: ServiceSpec;
  /** Validates values against the spec's schemas, by JSON pointer. */
  schemas: SpecSchemaValidator;
  createClient: ClientFactory;
  /** The spec's operations as tools/generator compiles them for the mock cloud. */
  operations: MockOperation[];
}

/** A spec parsed as the spec model parses it, for a test to change before the model reads it. */
export function readSpec(path: string): Record<string, unknown> {
  return parseSpec(path.split("/").at(-1)!, readFileSync(path, "utf8")) as Record<string, unknown>;
}

/** Every specs/<service>.yaml with its generated package packages/<service>; a new spec is picked up as is. */
export function specServices(): string[] {
  return readdirSync(`${repoRoot}specs`)
    .filter(isSpecFile)
    .map((file) => serviceNameOf(file)!)
    .sort();
}

export async function loadSubject(
  service: string,
  spec = readSpec(`${repoRoot}specs/${service}.yaml`),
): Promise<ContractSubject> {
  const entry = `${repoRoot}packages/${service}/src/index.ts`;
  if (!existsSync(entry))
    throw new Error(`specs/${service}.yaml has no generated package (run pnpm generate)`);
  const module = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  const factories = Object.entries(module).filter(
    // The full client; create<Service>OperationsClient is its operations-only twin (for small bundles).
    ([name, value]) => /^create\w+(?<!Operations)Client$/.test(name) && typeof value === "function",
  );
  if (factories.length !== 1)
    throw new Error(`packages/${service} should export one create*Client, found ${factories.length}`);
  const model = await buildServiceSpec(service, `${service}.yaml`, spec);
  return {
    service,
    spec: model,
    schemas: createSpecSchemaValidator(service, model.document),
    createClient: factories[0]![1] as ClientFactory,
    operations: compileMockOperations([model]),
  };
}

/** The client method for an operation: Huawei's operationId in lower camel case (ListCenterTask -> listCenterTask). */
export function methodName(operation: MockOperation): string {
  return operation.operationId[0]!.toLowerCase() + operation.operationId.slice(1);
}
