import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMockCloud, type MockOperation, type OpenApiDocument } from "@hwcloud/mock-cloud";
import { isSpecFile, parseSpec, serviceNameOf } from "@hwcloud-tools/spec-model";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** A generated client's factory, seen without its service-specific types. */
export type ClientFactory = (options: Record<string, unknown>) => Record<string, unknown>;

/** One spec and the generated client made from it: what the contract is checked between. */
export interface ContractSubject {
  service: string;
  spec: OpenApiDocument;
  createClient: ClientFactory;
  operations: MockOperation[];
}

/** A spec parsed as the spec model parses it, left unchecked: the broken fixtures must still load. */
export function readSpec(path: string): OpenApiDocument {
  return parseSpec(path.split("/").at(-1)!, readFileSync(path, "utf8")) as OpenApiDocument;
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
    ([name, value]) => /^create\w+Client$/.test(name) && typeof value === "function",
  );
  if (factories.length !== 1)
    throw new Error(`packages/${service} should export one create*Client, found ${factories.length}`);
  const operations = createMockCloud({ specs: { [service]: spec } }).operations as MockOperation[];
  return { service, spec, createClient: factories[0]![1] as ClientFactory, operations };
}

/** The client method for an operation: Huawei's operationId in lower camel case (ListCenterTask -> listCenterTask). */
export function methodName(operation: MockOperation): string {
  return operation.operationId[0]!.toLowerCase() + operation.operationId.slice(1);
}
