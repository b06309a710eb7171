import { readFileSync } from "node:fs";
import { createAjv, createSpecSchemaValidator, escapePointer } from "@hwcloud-tools/spec-model";
import { describe, expect, it } from "vitest";
import { specs, specsDir } from "./specs.js";

const OPEN_ENUM = "x-hwcloud-open-enum";
const ADDED_LATER = "AValueTheServiceAddedLater";

const metaSchema = JSON.parse(readFileSync(`${specsDir}x-hwcloud.schema.json`, "utf8")) as {
  $defs: Record<string, unknown>;
};
const validOpenEnum = createAjv().compile(metaSchema.$defs[OPEN_ENUM] as object);

/** Every object under `node` with its JSON pointer (the walk follows the document, not its $refs). */
function* objectsIn(node: unknown, pointer = ""): Generator<[string, Record<string, unknown>]> {
  if (typeof node !== "object" || node === null) return;
  if (!Array.isArray(node)) yield [pointer, node as Record<string, unknown>];
  for (const [key, value] of Object.entries(node))
    yield* objectsIn(value, `${pointer}/${escapePointer(key)}`);
}

/** The schemas reachable from the operations' response bodies, $refs followed, each once. */
function responseSchemas(spec: (typeof specs)[number]): [string, Record<string, unknown>][] {
  const seen = new Map<string, Record<string, unknown>>();
  const visit = (value: unknown, pointer: string) => {
    const { node, pointer: at } = spec.follow(value, pointer);
    if (seen.has(at)) return;
    seen.set(at, node as Record<string, unknown>);
    for (const [childPointer, child] of objectsIn(node, at)) {
      if (childPointer !== at && typeof child.$ref === "string") visit(child, childPointer);
      else if (childPointer !== at) seen.set(childPointer, child);
    }
  };
  for (const operation of spec.operations) {
    for (const response of Object.values(operation.responses)) {
      if (response.schema !== undefined) visit(response.schema, response.schemaPointer!);
    }
  }
  return [...seen];
}

describe.each(specs)("$specFile value lists", (spec) => {
  const validator = createSpecSchemaValidator(spec.service, spec.document);
  const openEnums = [...objectsIn(spec.document)].filter(([, node]) => OPEN_ENUM in node);

  it("closes no value list of a response: the service may add values, so responses use x-hwcloud-open-enum", () => {
    const closed = responseSchemas(spec).filter(([, node]) => Array.isArray(node.enum));
    expect(closed.map(([pointer]) => pointer)).toEqual([]);
  });

  it("lets every response object carry fields the spec does not name (no additionalProperties: false)", () => {
    const sealed = responseSchemas(spec).filter(([, node]) => node.additionalProperties === false);
    expect(sealed.map(([pointer]) => pointer)).toEqual([]);
  });

  it.each(openEnums)("%s is a string schema with known values and no enum beside them", (_pointer, node) => {
    expect(validOpenEnum(node[OPEN_ENUM]), JSON.stringify(validOpenEnum.errors)).toBe(true);
    expect([node.type].flat().filter((type) => type !== "null")).toEqual(["string"]);
    expect(node).not.toHaveProperty("enum");
  });

  it.each(openEnums)("%s accepts each known value and a value added later", (pointer, node) => {
    for (const value of [...(node[OPEN_ENUM] as string[]), ADDED_LATER]) {
      expect(validator.validate(pointer, value), value).toEqual([]);
    }
    expect(validator.validate(pointer, 42)).not.toEqual([]);
  });

  const closedRequestValues = spec.operations.flatMap((operation) =>
    operation.parameters
      .filter((parameter) => Array.isArray(parameter.schema.enum) && parameter.schemaPointer !== undefined)
      .map((parameter) => [`${operation.operationId} ${parameter.in} ${parameter.name}`, parameter] as const),
  );
  it.each(closedRequestValues)(
    "request value %s still rejects a value the page does not list",
    (_n, parameter) => {
      expect(validator.validate(parameter.schemaPointer!, ADDED_LATER)).not.toEqual([]);
    },
  );
});

it("some spec has open value lists and closed request values to check", () => {
  const all = specs.flatMap((spec) => [...objectsIn(spec.document)].map(([, node]) => node));
  expect(all.filter((node) => OPEN_ENUM in node).length).toBeGreaterThan(5);
  expect(all.filter((node) => Array.isArray(node.enum)).length).toBeGreaterThan(2);
});
